// Given names and family names by culture, for invented people.
// Family names written "Kowalski/Kowalska" have a masculine and a feminine form; "Patel=Gujarati" names the family's
// language when it differs from the culture's usual one. Lists are comma-separated because some names hold spaces.

export const L = (s) => s.split(',').map((x) => x.trim()).filter(Boolean);

export const CULTURES = {
  anglo: {
    m: L(`
      James, Michael, Robert, David, Daniel, Matthew, Andrew, Ryan, Tyler, Brandon, Kevin, Jason, Christopher, Benjamin, Nathan, Ethan,
      Caleb, Marcus, Derek, Trevor, Connor, Samuel, Thomas, William, Oliver, Harry, George, Jack, Lewis, Callum, Darnell, Terrence, Wesley,
      Gavin
    `),
    f: L(`
      Jennifer, Jessica, Ashley, Sarah, Emily, Megan, Lauren, Rachel, Amanda, Stephanie, Hannah, Olivia, Chloe, Grace, Abigail, Madison,
      Brittany, Katherine, Rebecca, Charlotte, Amelia, Sophie, Emma, Holly, Bethany, Lucy, Jasmine, Imani, Tamara, Kelsey
    `),
    family: L(`
      Smith, Johnson, Williams, Brown, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Martin, Thompson, White, Harris, Clark,
      Lewis, Walker, Hall, Young, Allen, Wright, Scott, Green, Baker, Adams, Nelson, Carter, Mitchell, Roberts, Turner, Phillips, Campbell,
      Parker, Evans, Edwards, Collins, Stewart, Morris, Cooper, Reed, Bailey, Bell, Howard, Ward, Brooks, Bennett, Hughes, Foster, Sanders,
      Fletcher, Holloway, Whitaker, Ashworth, Pemberton, Jenkins, Washington, Coleman, Greenwood, Hartley
    `),
    languages: [],
  },
  irish: {
    m: L('Liam, Seán, Ciarán, Eoin, Darragh, Cillian, Pádraig, Declan, Niall, Conor, Oisín, Ronan, Colm, Diarmuid'),
    f: L('Aoife, Siobhán, Niamh, Saoirse, Caoimhe, Róisín, Clodagh, Orla, Sinéad, Aisling, Gráinne, Ciara, Éabha'),
    family: L(`
      O'Brien, O'Sullivan, O'Connor, O'Neill, O'Reilly, O'Donnell, O'Mahony, McCarthy, McLaughlin, MacNamara, McGrath, McKenna, McDermott,
      MacLeod, McKenzie, Murphy, Kelly, Walsh, Byrne, Ryan, Doyle, Kavanagh, Fitzgerald, Gallagher, Donnelly, Ó Briain/Ní Bhriain,
      Ó Súilleabháin/Ní Shúilleabháin
    `),
    languages: [],
  },
  spanish: {
    m: L(`
      José, Javier, Álvaro, Sergio, Pablo, Adrián, Iván, Raúl, Rubén, Jesús, Andrés, Íñigo, Jorge, Alejandro, Manuel, José Luis, Juan Carlos
    `),
    f: L(`
      María, Lucía, Carmen, Marta, Elena, Paula, Nerea, Sofía, Inés, Laura, Raquel, Ángela, Begoña, Pilar, Rocío, Ainhoa, María José,
      Ana Belén
    `),
    family: L(`
      García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz,
      Álvarez, Romero, Navarro, Domínguez, Gutiérrez, Ibáñez, Castaño, Núñez, Velázquez, Ortiz, Iglesias, Vidal
    `),
    languages: ['Spanish'],
    doubleFamily: 0.45,
  },
  latam: {
    m: L(`
      Juan, Carlos, Luis, Miguel, Alejandro, Diego, Santiago, Mateo, Emiliano, Fernando, Ricardo, Eduardo, Héctor, Joaquín, Gonzalo,
      Facundo, Julián, Juan Pablo
    `),
    f: L(`
      Sofía, Valentina, Camila, Ximena, Guadalupe, Daniela, Fernanda, Mariana, Gabriela, Lucía, Florencia, Agustina, Renata, Paola, Itzel,
      María Fernanda
    `),
    family: L(`
      Hernández, García, Martínez, López, González, Pérez, Rodríguez, Sánchez, Ramírez, Cruz, Flores, Gómez, Morales, Vázquez, Reyes,
      Castillo, Jiménez, Torres, Rivera, Mendoza, Aguilar, Ortega, Medina, Fernández, Romero, Sosa, Benítez, Acosta, Peña, Villalobos,
      Quiroga
    `),
    languages: ['Spanish'],
    doubleFamily: 0.2,
  },
  portuguese: {
    m: L(`
      João, Pedro, Lucas, Gabriel, Rafael, Thiago, Matheus, Gustavo, Felipe, Leonardo, Bruno, André, Vinícius, Caio, Rodrigo, João Pedro
    `),
    f: L('Ana, Beatriz, Júlia, Mariana, Larissa, Camila, Fernanda, Letícia, Gabriela, Isabela, Luíza, Patrícia, Vitória, Thaís, Ana Clara'),
    family: L(`
      Silva, Santos, Oliveira, Souza, Lima, Pereira, Costa, Ferreira, Rodrigues, Almeida, Nascimento, Araújo, Carvalho, Gonçalves, Ribeiro,
      Barbosa, Conceição, Magalhães, Assunção, Fonseca, Moraes, Brandão
    `),
    languages: ['Portuguese'],
    doubleFamily: 0.35,
  },
  french: {
    m: L(`
      François, Julien, Mathieu, Thomas, Nicolas, Antoine, Clément, Maxime, Sébastien, Jérôme, Benoît, Rémi, Théo, Hugo, Étienne,
      Jean-Baptiste, Pierre-Louis, Jean-Philippe
    `),
    f: L(`
      Camille, Élodie, Chloé, Léa, Manon, Pauline, Hélène, Céline, Amélie, Margaux, Inès, Juliette, Anaïs, Mélanie, Noémie, Zoé,
      Marie-Claire, Anne-Sophie
    `),
    family: L(`
      Martin, Bernard, Dubois, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefèvre, Michel, Fournier, Girard, Bonnet,
      Mercier, Lambert, Faure, Rousseau, Chevalier, Gauthier, Tremblay, Côté, Gagnon, Bélanger, Lévesque, Fontaine, Lemaître
    `),
    languages: ['French'],
  },
  german: {
    m: L(`
      Jürgen, Lukas, Maximilian, Jonas, Felix, Tobias, Florian, Sebastian, Matthias, Stefan, Andreas, Jörg, Niklas, Moritz, Tim, Björn,
      Kai-Uwe
    `),
    f: L(`
      Anna, Lena, Katharina, Julia, Sophie, Hannah, Leonie, Jana, Sabine, Anke, Miriam, Franziska, Svenja, Carolin, Johanna, Marlene, Jördis
    `),
    family: L(`
      Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf,
      Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hartmann, Lange, Werner, Krause, Lehmann, Köhler, Weiß, Groß, Strauß, Günther,
      Böhm, Jäger, Kühn, Meißner, Vogt
    `),
    languages: ['German'],
    umlautAsE: true,
  },
  dutch: {
    m: L('Daan, Sem, Lars, Bram, Jeroen, Thijs, Ruben, Niels, Joris, Pieter, Wouter, Sander, Maarten'),
    f: L('Sanne, Lotte, Fleur, Femke, Anouk, Eva, Iris, Marloes, Lieke, Esther, Noor, Maartje, Floor'),
    family: L(`
      de Vries, van den Berg, Jansen, de Jong, Bakker, Visser, Smit, Meijer, de Boer, Mulder, van Dijk, Bos, Vos, Hendriks, van Leeuwen,
      Dekker, Brouwer, de Wit, Dijkstra, van der Linden, Kuipers, van der Meer
    `),
    languages: ['Dutch'],
  },
  italian: {
    m: L('Marco, Luca, Alessandro, Matteo, Lorenzo, Davide, Simone, Federico, Giacomo, Niccolò, Andrea, Riccardo, Tommaso, Stefano'),
    f: L('Giulia, Francesca, Chiara, Sara, Martina, Alessia, Elisa, Valentina, Federica, Silvia, Ilaria, Beatrice, Caterina, Noemi'),
    family: L(`
      Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa,
      Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, D'Angelo, Caruso, Ferraro, Fabbri, Dell'Acqua
    `),
    languages: ['Italian'],
  },
  polish: {
    m: L(`
      Łukasz, Piotr, Krzysztof, Tomasz, Paweł, Michał, Marcin, Grzegorz, Jakub, Mateusz, Bartłomiej, Wojciech, Kacper, Dawid, Przemysław
    `),
    f: L(`
      Anna, Katarzyna, Małgorzata, Agnieszka, Joanna, Magdalena, Monika, Aleksandra, Natalia, Zuzanna, Justyna, Paulina, Ewelina, Agata,
      Dorota
    `),
    family: L(`
      Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska,
      Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, Kwiatkowski/Kwiatkowska, Krawczyk,
      Piotrowski/Piotrowska, Grabowski/Grabowska, Pawłowski/Pawłowska, Michalski/Michalska, Król, Wieczorek, Jabłoński/Jabłońska, Żak,
      Górski/Górska, Sikora, Błaszczyk
    `),
    languages: ['Polish'],
  },
  czech: {
    m: L('Tomáš, Jiří, Jan, Petr, Jakub, Martin, Lukáš, Ondřej, Vojtěch, Michal, Zdeněk, Radek, Matěj'),
    f: L('Tereza, Eliška, Kateřina, Lucie, Veronika, Petra, Markéta, Barbora, Zuzana, Hana, Jana, Klára, Simona'),
    family: L(`
      Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová,
      Veselý/Veselá, Horák/Horáková, Němec/Němcová, Pokorný/Pokorná, Marek/Marková, Pospíšil/Pospíšilová, Hájek/Hájková, Jelínek/Jelínková,
      Růžička/Růžičková, Beneš/Benešová, Fiala/Fialová, Šimek/Šimková, Král/Králová
    `),
    languages: ['Czech'],
  },
  hungarian: {
    m: L('Zoltán, László, Gábor, Péter, Balázs, Attila, Tamás, Dániel, Ákos, Bence, Csaba, Levente'),
    f: L('Erzsébet, Katalin, Eszter, Zsófia, Anna, Réka, Orsolya, Dóra, Krisztina, Ágnes, Noémi, Boglárka'),
    family: L(`
      Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, Juhász, Mészáros, Oláh, Rácz, Fekete,
      Szűcs, Győri
    `),
    languages: ['Hungarian'],
  },
  swedish: {
    m: L('Erik, Lars, Anders, Johan, Mikael, Henrik, Fredrik, Gustav, Oskar, Axel, Björn, Mattias'),
    f: L('Anna, Maria, Karin, Sara, Emma, Ebba, Elin, Linnéa, Åsa, Ingrid, Frida, Maja, Märta'),
    family: L(`
      Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Lindström, Lindqvist, Åberg,
      Sjöberg, Öberg, Ekström, Holmqvist, Bergström, Lundgren, Åström, Söderberg, Hedlund
    `),
    languages: ['Swedish'],
  },
  norwegian: {
    m: L('Ole, Søren, Bjørn, Jørgen, Magnus, Henrik, Kristian, Anders, Mads, Rasmus, Jonas, Håkon, Eirik, Sindre, Torbjørn'),
    f: L('Ingrid, Kari, Solveig, Sigrid, Ida, Nora, Marte, Astrid, Mette, Signe, Line, Tove, Ragnhild, Åse, Hanne'),
    family: L(`
      Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Sørensen, Haugen, Halvorsen, Bakke,
      Ødegård, Lægreid, Bråten, Strøm, Kjær, Møller, Dahl, Aasen, Nygård, Solberg, Sæther, Næss
    `),
    languages: ['Norwegian'],
  },
  turkish: {
    m: L('Mehmet, Mustafa, Ahmet, Emre, Burak, Oğuz, Murat, Kerem, Barış, Can, Serkan, Hakan, Tolga, Çağrı, Yiğit, Uğur'),
    f: L('Ayşe, Zeynep, Elif, Fatma, Şule, Büşra, Merve, Gökçe, Ece, Özlem, Derya, Selin, İrem, Tuğba, Gülşen'),
    family: L(`
      Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Koç, Kurt, Özkan,
      Şimşek, Güneş, Aktaş, Karakaya, Bağcı, Uğurlu
    `),
    languages: ['Turkish'],
  },
  greek: {
    m: L('Konstantinos, Georgios, Dimitrios, Nikolaos, Ioannis, Christos, Panagiotis, Vasileios, Athanasios, Alexandros, Stavros, Spyros'),
    f: L('Eleni, Maria, Katerina, Sofia, Georgia, Dimitra, Anastasia, Vasiliki, Ioanna, Christina, Despina, Athina'),
    family: L(`
      Papadopoulos/Papadopoulou, Georgiou, Nikolaou, Pappas/Pappa, Ioannou, Dimitriou, Karagiannis/Karagianni, Vlachos/Vlachou,
      Konstantinidis/Konstantinidou, Makris/Makri, Oikonomou, Antoniou, Christodoulou, Alexiou, Papageorgiou, Katsaros/Katsarou, Stavrou
    `),
    languages: ['Greek'],
  },
  arabic: {
    m: L('Mohammed, Ahmed, Omar, Youssef, Khalid, Tariq, Karim, Hassan, Ali, Rami, Samir, Ziad, Faisal, Hamza, Bilal'),
    f: L('Fatima, Layla, Noor, Mariam, Yasmin, Rania, Hala, Salma, Amira, Dina, Leila, Huda, Reem, Nadia, Lina'),
    family: L(`
      Al-Rashid, Haddad, El-Amin, Nasser, Khoury, Saleh, Mansour, Hamdan, Abdallah, Al-Farsi, Darwish, Aziz, Barakat, El-Sayed, Al-Hashimi,
      Shalabi, Bitar, Farouk, Najjar, Said
    `),
    languages: ['Arabic'],
  },
  vietnamese: {
    m: L('Minh, Đức Anh, Quốc Bảo, Hoàng, Tuấn, Thành, Khoa, Huy, Phúc, Long, Trung, Việt'),
    f: L('Linh, Thảo, Hương, Ngọc Anh, Thu Hằng, Phương, Mai, Trang, Lan, Hạnh, Thúy, Yến, Khánh Linh'),
    family: L('Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý'),
    languages: ['Vietnamese'],
  },
  chinese: {
    m: L(`
      Wei, Jun, Hao, Ming, Lei, Jian, Yang, Tao, Zhiwei, Xiaoming, Haoran, Yifan, Zihan, Jiahao, Kevin, Eric, Jason, Wei Ming, Kai Xiang
    `),
    f: L('Xin, Yan, Mei, Jing, Xiaoling, Yuqi, Siyu, Ruoxi, Jiayi, Wenjing, Grace, Vivian, Cindy, Hui Min, Jia Hui'),
    family: L(`
      Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, Lin, Luo, Gao, Tan=Hokkien, Lim=Hokkien, Lee,
      Ng=Cantonese, Wong=Cantonese, Chan=Cantonese, Leung=Cantonese, Cheung=Cantonese, Goh=Hokkien, Teo=Teochew, Ong=Hokkien
    `),
    languages: ['Mandarin'],
  },
  korean: {
    m: L('Min-jun, Ji-ho, Seo-jun, Hyun-woo, Jae-won, Dong-hyun, Sung-min, Joon-young, Tae-yang, Minjun'),
    f: L('Ji-woo, Seo-yeon, Min-seo, Ha-eun, Soo-jin, Ji-yeon, Eun-ji, Hye-jin, Yuna, Jiwoo'),
    family: L('Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin, Oh, Seo, Kwon, Hwang'),
    languages: ['Korean'],
  },
  japanese: {
    m: L('Haruto, Ren, Sota, Yuto, Takumi, Kenji, Hiroshi, Daiki, Kaito, Ryo, Shota, Yusuke'),
    f: L('Yui, Hina, Aoi, Sakura, Yuki, Mei, Haruka, Ayaka, Misaki, Nanami, Emi, Kaori'),
    family: L(`
      Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, Yamada, Sasaki, Matsumoto, Inoue,
      Kimura, Shimizu, Hayashi, Mori, Ono
    `),
    languages: ['Japanese'],
  },
  indianNorth: {
    m: L('Arjun, Rohan, Aditya, Rahul, Vikram, Ankit, Siddharth, Karan, Amit, Nikhil, Harpreet, Manish, Saurabh, Yash, Gaurav, Kunal'),
    f: L('Priya, Ananya, Neha, Pooja, Shreya, Aishwarya, Kavya, Simran, Ritika, Divya, Nisha, Anjali, Sneha, Tanvi, Isha'),
    family: L(`
      Sharma, Verma, Gupta, Mehta=Gujarati, Patel=Gujarati, Shah=Gujarati, Desai=Gujarati, Singh=Punjabi, Gill=Punjabi, Sandhu=Punjabi,
      Kapoor, Malhotra, Agarwal, Chopra, Bhatia, Kulkarni=Marathi, Deshpande=Marathi, Joshi=Marathi, Banerjee=Bengali, Chatterjee=Bengali,
      Mukherjee=Bengali, Bose=Bengali, Das=Bengali, Sinha, Mishra, Trivedi, Saxena
    `),
    languages: ['Hindi'],
  },
  indianSouth: {
    m: L('Venkatesh, Karthik, Srinivas, Arun, Pradeep, Rajesh, Suresh, Vignesh, Harish, Ramesh, Naveen, Sanjay, Anand, Abhishek, Varun'),
    f: L('Lakshmi, Divya, Meenakshi, Deepa, Kavitha, Revathi, Sowmya, Swathi, Anusha, Keerthana, Sandhya, Aparna, Shruthi, Nandini'),
    family: L(`
      Iyer, Raghunathan, Subramanian, Krishnan, Venkataraman, Ramachandran, Srinivasan, Reddy=Telugu, Rao=Telugu, Naidu=Telugu,
      Chowdary=Telugu, Nair=Malayalam, Menon=Malayalam, Pillai=Malayalam, Kurian=Malayalam, Shetty=Kannada, Hegde=Kannada, Gowda=Kannada
    `),
    languages: ['Tamil'],
  },
  filipino: {
    m: L('Jose, Mark Anthony, John Paul, Rommel, Jericho, Carlo, Miguel, Paolo, Rafael, Angelo, Jayson'),
    f: L('Maria Cristina, Jocelyn, Maricel, Kristine, Rowena, Angelica, Joy, Mary Grace, Divina, Jennilyn, Princess'),
    family: L(`
      Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Dela Cruz, Villanueva, Ramos, Aquino, Castillo, Gonzales, Manalo,
      Pascual, Soriano, De Guzman, Macaraeg
    `),
    languages: ['Tagalog'],
  },
  yoruba: {
    m: L('Oluwaseun, Adebayo, Olumide, Babatunde, Oluwatobi, Ayodele, Femi, Tunde, Kayode, Damilola, Samuel, Emmanuel'),
    f: L('Folake, Adebola, Oluwakemi, Yetunde, Funmilayo, Temitope, Titilayo, Bukola, Omolara, Modupe, Blessing, Esther'),
    family: L('Adeyemi, Adebayo, Ogunleye, Oladipo, Afolabi, Balogun, Oyelaran, Akinola, Ogundipe, Adewale, Olaniyan, Bamidele'),
    languages: ['Yoruba'],
  },
  igbo: {
    m: L('Chinedu, Emeka, Obinna, Chukwuemeka, Ikenna, Uchenna, Kelechi, Nnamdi, Chidi, Ifeanyi, Victor, Daniel'),
    f: L('Chiamaka, Ngozi, Adaeze, Chioma, Nkechi, Amarachi, Ifeoma, Obioma, Uju, Chinwe, Grace, Precious'),
    family: L('Okafor, Okonkwo, Eze, Nwosu, Obi, Nwankwo, Okeke, Onyekachi, Chukwu, Anyanwu, Okoro, Igwe, Nnaji'),
    languages: ['Igbo'],
  },
  hausa: {
    m: L('Abdullahi, Ibrahim, Musa, Aminu, Sani, Yusuf, Bashir, Usman, Nasiru'),
    f: L('Aisha, Fatima, Zainab, Hauwa, Maryam, Amina, Hadiza, Rukayya'),
    family: L('Bello, Abubakar, Mohammed, Suleiman, Danjuma, Lawal, Garba, Usman, Aliyu, Sani'),
    languages: ['Hausa'],
  },
  akan: {
    m: L('Kwame, Kofi, Kwabena, Yaw, Kwaku, Kojo, Kwesi, Nana, Ebo, Fiifi, Emmanuel, Prince'),
    f: L('Akosua, Ama, Abena, Adwoa, Afua, Efua, Akua, Esi, Yaa, Adjoa, Gifty, Mercy'),
    family: L(`
      Mensah, Boateng, Asante, Owusu, Osei, Appiah, Agyeman, Amoah, Darko, Acheampong, Ofori, Adjei, Quaye=Ga, Tetteh=Ga, Addo, Ansah,
      Agbeko=Ewe
    `),
    languages: ['Twi'],
  },
  afrikaans: {
    m: L('Pieter, Johan, Willem, Hendrik, Francois, Jaco, Riaan, Gerhard, Danie'),
    f: L('Annelie, Marike, Elsabé, Liezl, Carien, Riana, Anri, Mariska, Lize'),
    family: L('van der Merwe, Botha, du Plessis, Pretorius, Nel, Venter, Steyn, Coetzee, Joubert, le Roux, Fourie, Kruger, Smit'),
    languages: ['Afrikaans'],
  },
  nguni: {
    m: L('Thabo, Sipho, Themba, Sibusiso, Lwazi, Mandla, Bongani, Siyabonga, Tshepo, Kagiso'),
    f: L('Nomvula, Lindiwe, Thandeka, Nokuthula, Zanele, Ayanda, Palesa, Nandi, Lerato, Khanyisile'),
    family: L(`
      Nkosi, Dlamini, Khumalo, Mthembu, Ndlovu, Zulu, Mahlangu, Mokoena=Sesotho, Molefe=Setswana, Ngcobo, Sithole, Mabaso, Radebe, Cele
    `),
    languages: ['isiZulu'],
  },
};

/** Forms of the family name; how a name is told apart for men and women where the language does. */
export function familyForms(entry) {
  const [name, language] = entry.split('=');
  const [m, f = m] = name.split('/');
  return { m, f, language };
}

/** Countries a culture's people may have grown up in, for people who studied or started work before moving. */
export const CULTURE_HOMES = {
  irish: ['IE'], spanish: ['ES'], latam: ['MX', 'AR'], portuguese: ['BR'], french: ['FR'], german: ['DE'], dutch: ['NL'], italian: ['IT'],
  polish: ['PL'], czech: ['CZ'], swedish: ['SE'], norwegian: ['NO'], turkish: ['TR'], arabic: ['AE'], indianNorth: ['IN'],
  indianSouth: ['IN'],
  yoruba: ['NG'], igbo: ['NG'], hausa: ['NG'], akan: ['GH'], afrikaans: ['ZA'], nguni: ['ZA'], chinese: ['SG'],
};
