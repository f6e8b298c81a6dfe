// Where invented people live: cities, phone numbering, addresses, schools and how degrees are written, by country.
//
// College entries marked " #hospitality" (or #health, #trades, #design) teach only that sector; universities marked
// #tech, #bus, #social or #health teach only those kinds of field, and #applied ones (no doctorates) only bachelor's and master's.
//
// Templates (postal codes, phone numbers): '#' a digit, '%' a digit 2-9, '@' a capital letter, '{a|b}' one of the
// choices, and in phone numbers 'A' the city's area code. Phone numbers use each country's real area codes and mobile
// prefixes, so they parse as valid with libphonenumber while the subscriber digits are made up.

import { L } from './names.mjs';

/** Institution lists use semicolons, since some names hold commas ("University of California, Berkeley"). */
const I = (s) => s.split(';').map((x) => x.trim()).filter(Boolean);

/** A city: name, region (as people write it, or ''), area code, postal template, and optional overrides. */
const c = (city, region, area, postal, extra = {}) => ({ city, region: region || undefined, area, postal, ...extra });

const US_STATES = {
  AK: 'Alaska', AL: 'Alabama', AZ: 'Arizona', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DC: 'District of Columbia',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', IA: 'Iowa', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', KY: 'Kentucky',
  LA: 'Louisiana', MA: 'Massachusetts', MD: 'Maryland', MI: 'Michigan', MN: 'Minnesota', MO: 'Missouri', NC: 'North Carolina',
  NE: 'Nebraska', NJ: 'New Jersey', NM: 'New Mexico', NV: 'Nevada', NY: 'New York', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VA: 'Virginia', VT: 'Vermont', WA: 'Washington', WI: 'Wisconsin',
};

/** Degrees as people write them, by level and kind of field, where a country has no form of its own. */
export const GENERIC_DEGREES = {
  hs: ['High School Diploma', 'Secondary School Diploma'],
  cert: ['Certificate', 'Certificate of Completion', 'Professional Certificate'],
  trade: ['Diploma', 'Vocational Diploma', 'Certificate', 'Apprenticeship'],
  assoc: ['Associate Degree', 'Diploma'],
  'bachelor:sci': ['Bachelor of Science', 'B.Sc.', 'BSc'],
  'bachelor:eng': ['Bachelor of Engineering', 'B.Eng.', 'BEng', 'B.Sc.'],
  'bachelor:arts': ['Bachelor of Arts', 'B.A.', 'BA'],
  'bachelor:bus': ['Bachelor of Business Administration', 'BBA', 'Bachelor of Commerce', 'B.Sc.'],
  'bachelor:nursing': ['Bachelor of Science in Nursing', 'Bachelor of Nursing', 'BSc Nursing'],
  'bachelor:law': ['Bachelor of Laws', 'LL.B.', 'LLB'],
  'master:sci': ['Master of Science', 'M.Sc.', 'MSc'],
  'master:eng': ['Master of Engineering', 'M.Eng.', 'MSc'],
  'master:arts': ['Master of Arts', 'M.A.', 'MA'],
  'master:bus': ['Master of Science', 'MSc', 'M.Sc.'],
  'master:edu': ['Master of Education', 'M.Ed.', 'MEd'],
  'master:nursing': ['Master of Science in Nursing', 'MSN', 'MSc Nursing'],
  'master:social': ['Master of Social Work', 'MSW'],
  'master:arch': ['Master of Architecture', 'M.Arch.', 'MArch'],
  'master:law': ['LL.M.', 'LLM', 'Master of Laws'],
  mba: ['MBA', 'Master of Business Administration', 'Executive MBA'],
  phd: ['Ph.D.', 'PhD', 'Doctor of Philosophy'],
  jd: ['LL.B.', 'Bachelor of Laws'],
  llm: ['LL.M.', 'LLM', 'Master of Laws'],
  md: ['MBBS', 'Bachelor of Medicine, Bachelor of Surgery', 'MD'],
  pharmd: ['Bachelor of Pharmacy', 'B.Pharm', 'MPharm'],
  dds: ['BDS', 'Bachelor of Dental Surgery'],
  dpt: ['Bachelor of Physiotherapy', 'BSc Physiotherapy', 'BPT'],
  teach: ['Postgraduate Diploma in Education', 'Teaching Certificate'],
};

const UK_DEGREES = {
  hs: ['A-Levels', 'A Levels', 'GCSEs', 'BTEC Level 3 Extended Diploma'],
  cert: ['Level 3 Certificate', 'Certificate', 'Level 3 Diploma'],
  trade: ['NVQ Level 3', 'City & Guilds Level 3 Diploma', 'Level 2 Diploma', 'Advanced Apprenticeship'],
  assoc: ['HND', 'HNC', 'Foundation Degree (FdSc)'],
  'bachelor:sci': ['BSc (Hons)', 'BSc', 'Bachelor of Science'],
  'bachelor:eng': ['BEng (Hons)', 'MEng', 'BEng'],
  'bachelor:arts': ['BA (Hons)', 'BA', 'Bachelor of Arts'],
  'bachelor:bus': ['BSc (Hons)', 'BA (Hons)', 'BSc'],
  'bachelor:nursing': ['BSc (Hons)', 'BSc Adult Nursing', 'BSc (Hons) Nursing'],
  'bachelor:law': ['LLB (Hons)', 'LLB'],
  'master:sci': ['MSc', 'MRes', 'Master of Science'],
  'master:arts': ['MA', 'MPhil', 'Master of Arts'],
  jd: ['Legal Practice Course (LPC)', 'Solicitors Qualifying Examination (SQE)', 'Graduate Diploma in Law'],
  md: ['MBChB', 'MBBS', 'BM BS'],
  pharmd: ['MPharm', 'Master of Pharmacy'],
  dpt: ['BSc (Hons) Physiotherapy', 'MSc Physiotherapy (pre-registration)'],
  teach: ['PGCE', 'Postgraduate Certificate in Education', 'PGCE with QTS'],
};

export const COUNTRIES = {
  US: {
    name: 'United States', weight: 50, language: 'English', currency: '$', display: 'region', regions: US_STATES,
    cultures: [['anglo', 40], ['latam', 13], ['irish', 4], ['chinese', 4], ['korean', 2], ['vietnamese', 3], ['indianNorth', 3],
      ['indianSouth', 2], ['filipino', 3], ['yoruba', 1.5], ['igbo', 1.5], ['akan', 1], ['arabic', 2], ['polish', 2], ['greek', 1.5],
      ['italian', 3], ['german', 2], ['japanese', 1], ['french', 0.5], ['hungarian', 0.5], ['czech', 0.5], ['turkish', 0.5],
      ['swedish', 0.5], ['norwegian', 0.5], ['portuguese', 1]],
    cities: [
      c('New York', 'NY', '212 646 917', '100##'), c('Brooklyn', 'NY', '718 347', '112##'), c('Buffalo', 'NY', '716', '142##'),
      c('Los Angeles', 'CA', '213 323 310', '900##'), c('San Diego', 'CA', '619 858', '921##'),
      c('San Francisco', 'CA', '415 628', '941##'),
      c('San Jose', 'CA', '408 669', '951##'), c('Sacramento', 'CA', '916', '958##'), c('Fresno', 'CA', '559', '937##'),
      c('Chicago', 'IL', '312 773', '606##'), c('Houston', 'TX', '713 832 281', '770##'), c('Dallas', 'TX', '214 469 972', '752##'),
      c('Austin', 'TX', '512 737', '787##'), c('San Antonio', 'TX', '210', '782##'), c('El Paso', 'TX', '915', '799##'),
      c('Phoenix', 'AZ', '602 480', '850##'), c('Tucson', 'AZ', '520', '857##'), c('Philadelphia', 'PA', '215 267', '191##'),
      c('Pittsburgh', 'PA', '412', '152##'), c('Columbus', 'OH', '614', '432##'), c('Cleveland', 'OH', '216', '441##'),
      c('Seattle', 'WA', '206', '981##'), c('Spokane', 'WA', '509', '992##'), c('Portland', 'OR', '503 971', '972##'),
      c('Denver', 'CO', '303 720', '802##'), c('Boston', 'MA', '617 857', '021##'), c('Atlanta', 'GA', '404 678 470', '303##'),
      c('Miami', 'FL', '305 786', '331##'), c('Tampa', 'FL', '813', '336##'), c('Orlando', 'FL', '407', '328##'),
      c('Jacksonville', 'FL', '904', '322##'), c('Charlotte', 'NC', '704 980', '282##'), c('Raleigh', 'NC', '919 984', '276##'),
      c('Nashville', 'TN', '615 629', '372##'), c('Knoxville', 'TN', '865', '379##'), c('Minneapolis', 'MN', '612', '554##'),
      c('Detroit', 'MI', '313', '482##'), c('Grand Rapids', 'MI', '616', '495##'), c('Milwaukee', 'WI', '414', '532##'),
      c('Madison', 'WI', '608', '537##'), c('Kansas City', 'MO', '816', '641##'), c('St. Louis', 'MO', '314', '631##'),
      c('Indianapolis', 'IN', '317', '462##'), c('Louisville', 'KY', '502', '402##'), c('Salt Lake City', 'UT', '801 385', '841##'),
      c('Las Vegas', 'NV', '702 725', '891##'), c('Albuquerque', 'NM', '505', '871##'), c('Baltimore', 'MD', '410 443', '212##'),
      c('Washington', 'DC', '202', '200##'), c('Richmond', 'VA', '804', '232##'), c('New Orleans', 'LA', '504', '701##'),
      c('Oklahoma City', 'OK', '405', '731##'), c('Omaha', 'NE', '402', '681##'), c('Boise', 'ID', '208', '837##'),
      c('Des Moines', 'IA', '515', '503##'), c('Newark', 'NJ', '973 862', '071##'), c('Hartford', 'CT', '860', '061##'),
      c('Providence', 'RI', '401', '029##'),
      c('Birmingham', 'AL', '205', '352##'), c('Anchorage', 'AK', '907', '995##'), c('Honolulu', 'HI', '808', '968##'),
      c('Burlington', 'VT', '802', '054##'),
    ],
    phone: { nanp: true },
    suffixes: ['Inc.', 'LLC', 'Co.', 'Corp.', ', Inc.', ', LLC'],
    streets: L(`
      Maple Ave, Oak Street, Elm St, Cedar Lane, Pine Ridge Rd, Washington Blvd, Lincoln Ave, Park Place, Lakeview Dr, Highland Ave,
      Willow Way, Main St, River Rd, Hillcrest Dr, Spruce Ct, Magnolia Dr, Chestnut St, Franklin Ave, Jefferson St, Sycamore Ln
    `),
    address: '{n} {street}', unit: [', Apt {#1-24}{A|B|C|D}', ', Unit {#100-420}', ' #{#2-30}'],
    mail: ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'proton.me', 'aol.com'],
    academic: [8, 5],
    scores: ['3.{#2-9}/4.0', '3.{#2-9}', 'GPA: 3.{#2-9}', '3.{#50-95}/4.00', 'Magna Cum Laude', 'Cum Laude', 'Summa Cum Laude'],
    unis: I(`
      University of Texas at Austin @TX; Texas A&M University @TX; University of Houston @TX; University of California, Los Angeles @CA;
      University of California, Berkeley @CA; San Diego State University @CA; California State University, Fullerton @CA;
      San José State University @CA; Stanford University @CA; University of Washington @WA; Gonzaga University @WA;
      Portland State University @OR; University of Oregon @OR; University of Colorado Boulder @CO; Colorado State University @CO;
      Arizona State University @AZ; University of Arizona @AZ; University of Michigan @MI; Michigan State University @MI;
      Wayne State University @MI; Grand Valley State University @MI; The Ohio State University @OH; University of Cincinnati @OH;
      Case Western Reserve University @OH; University of Illinois Urbana-Champaign @IL; Northwestern University @IL; DePaul University @IL;
      University of Wisconsin–Madison @WI; Marquette University @WI; University of Minnesota @MN; Purdue University @IN;
      Indiana University Bloomington @IN; Pennsylvania State University @PA; Temple University @PA; University of Pittsburgh @PA;
      Carnegie Mellon University @PA; Rutgers University @NJ; New York University @NY; Columbia University @NY; Hunter College, CUNY @NY;
      University at Buffalo @NY; Syracuse University @NY; Boston University @MA; Northeastern University @MA;
      University of Massachusetts Amherst @MA; Massachusetts Institute of Technology #tech @MA; Georgia Institute of Technology #tech @GA;
      Georgia State University @GA; University of Florida @FL; Florida International University @FL; University of Central Florida @FL;
      University of North Carolina at Chapel Hill @NC; North Carolina State University @NC; Vanderbilt University @TN;
      University of Tennessee, Knoxville @TN; Virginia Tech @VA; George Mason University @VA; University of Maryland, College Park @MD;
      Johns Hopkins University @MD; Howard University @DC; Georgetown University @DC; University of Utah @UT; Brigham Young University @UT;
      University of Nevada, Las Vegas @NV; University of New Mexico @NM; Louisiana State University @LA; Tulane University @LA;
      University of Missouri @MO; Washington University in St. Louis @MO; University of Oklahoma @OK; University of Nebraska–Lincoln @NE;
      Iowa State University @IA; Boise State University @ID; University of Kentucky @KY; University of Louisville @KY;
      University of Alabama at Birmingham @AL; University of Connecticut @CT; University of Rhode Island @RI; University of Vermont @VT;
      University of Hawaii at Manoa @HI; University of Alaska Anchorage @AK
    `),
    colleges: I(`
      Austin Community College @TX; Houston Community College @TX; Lone Star College @TX; Dallas College @TX; San Antonio College @TX;
      Miami Dade College @FL; Valencia College @FL; Hillsborough Community College @FL; Santa Monica College @CA; Pasadena City College @CA;
      De Anza College @CA; City College of San Francisco @CA; Portland Community College @OR; Seattle Central College @WA;
      Community College of Denver @CO; Phoenix College @AZ; Pima Community College @AZ; Cuyahoga Community College @OH;
      Columbus State Community College @OH; Ivy Tech Community College @IN; Milwaukee Area Technical College @WI; Madison College @WI;
      Minneapolis College @MN; Macomb Community College @MI; Grand Rapids Community College @MI; Harold Washington College @IL;
      Moraine Valley Community College @IL; Central Piedmont Community College @NC; Wake Technical Community College @NC;
      Nashville State Community College @TN; Northern Virginia Community College @VA; Montgomery College @MD;
      Community College of Philadelphia @PA; Borough of Manhattan Community College @NY; LaGuardia Community College @NY;
      Bunker Hill Community College @MA; Salt Lake Community College @UT; College of Southern Nevada @NV;
      Central New Mexico Community College @NM; Delgado Community College @LA; St. Louis Community College @MO;
      Metropolitan Community College @NE; Jefferson Community and Technical College @KY; Lincoln Tech #trades;
      Universal Technical Institute #trades
    `),
    schools: I(`
      Lincoln High School; Roosevelt High School; Jefferson High School; Westview High School; Eastside High School; Northside High School;
      Central High School; Riverside High School; Lakeview High School; Oak Ridge High School; Hillcrest High School;
      Valley View High School; Pine Creek High School; Kennedy High School; St. Joseph Catholic High School
    `),
    special: {
      jd: I(`
        Georgetown University Law Center; University of Michigan Law School; Fordham University School of Law; UCLA School of Law;
        University of Texas School of Law; Boston University School of Law; Brooklyn Law School; Suffolk University Law School;
        Loyola Law School, Los Angeles; University of Minnesota Law School
      `),
      md: I(`
        Johns Hopkins University School of Medicine; University of Michigan Medical School; Baylor College of Medicine;
        David Geffen School of Medicine at UCLA; Perelman School of Medicine at the University of Pennsylvania;
        UT Southwestern Medical School; Rush Medical College; Feinberg School of Medicine, Northwestern University;
        Emory University School of Medicine
      `),
      pharmd: I(`
        University of Michigan College of Pharmacy; UNC Eshelman School of Pharmacy; University of Florida College of Pharmacy;
        Purdue University College of Pharmacy; University of Texas at Austin College of Pharmacy; Ohio State University College of Pharmacy
      `),
      dds: I(`
        University of Michigan School of Dentistry; NYU College of Dentistry; UCSF School of Dentistry;
        University of Washington School of Dentistry; UNC Adams School of Dentistry
      `),
      dpt: I(`
        University of Southern California; University of Pittsburgh; Northwestern University; Duke University;
        Washington University in St. Louis; University of Delaware
      `),
    },
    degrees: {
      hs: ['High School Diploma', 'High School Diploma', 'GED'],
      trade: ['Certificate', 'Diploma', 'Apprenticeship Program', 'Certificate of Completion'],
      cert: ['Certificate', 'Certificate of Completion', 'Certificate Program'],
      'assoc:sci': ['Associate of Applied Science', 'A.A.S.', 'AAS', 'Associate of Science', 'A.S.'],
      'assoc:eng': ['Associate of Applied Science', 'A.A.S.', 'AAS'],
      'assoc:arts': ['Associate of Arts', 'A.A.', 'AA'],
      'assoc:bus': ['Associate of Applied Science', 'A.A.S.', 'Associate of Arts'],
      'assoc:nursing': ['Associate Degree in Nursing', 'ADN', 'A.D.N.'],
      'bachelor:sci': ['Bachelor of Science', 'B.S.', 'BS'],
      'bachelor:eng': ['Bachelor of Science', 'B.S.', 'BS', 'B.S.E.'],
      'bachelor:arts': ['Bachelor of Arts', 'B.A.', 'BA'],
      'bachelor:bus': ['Bachelor of Business Administration', 'BBA', 'B.B.A.', 'Bachelor of Science', 'B.S.'],
      'bachelor:nursing': ['BSN', 'Bachelor of Science in Nursing', 'B.S.N.'],
      'bachelor:edu': ['Bachelor of Science in Education', 'B.S.Ed.', 'Bachelor of Arts', 'B.A.'],
      'master:sci': ['Master of Science', 'M.S.', 'MS'],
      'master:eng': ['Master of Science', 'M.S.', 'M.Eng.', 'Master of Engineering'],
      'master:arts': ['Master of Arts', 'M.A.', 'MA'],
      'master:bus': ['Master of Science', 'M.S.', 'MS'],
      'master:edu': ['Master of Education', 'M.Ed.', 'Master of Arts in Teaching', 'M.A.T.'],
      phd: ['Ph.D.', 'PhD', 'Doctor of Philosophy'],
      jd: ['J.D.', 'JD', 'Juris Doctor'],
      md: ['M.D.', 'MD', 'Doctor of Medicine'],
      pharmd: ['PharmD', 'Pharm.D.', 'Doctor of Pharmacy'],
      dds: ['DDS', 'D.D.S.', 'DMD', 'Doctor of Dental Surgery'],
      dpt: ['DPT', 'Doctor of Physical Therapy', 'D.P.T.'],
      teach: ['Master of Arts in Teaching', 'M.A.T.', 'Teacher Certification Program'],
    },
  },

  CA: {
    name: 'Canada', weight: 5, language: 'English', currency: '$', display: 'region',
    regions: { ON: 'Ontario', BC: 'British Columbia', QC: 'Quebec', AB: 'Alberta', MB: 'Manitoba', NS: 'Nova Scotia', SK: 'Saskatchewan' },
    cultures: [['anglo', 40], ['french', 8], ['chinese', 8], ['indianNorth', 6], ['indianSouth', 2], ['filipino', 4], ['arabic', 3],
      ['italian', 3], ['irish', 3], ['korean', 2], ['vietnamese', 2], ['portuguese', 2], ['greek', 1], ['polish', 2], ['hungarian', 1]],
    cities: [
      c('Toronto', 'ON', '416 647 437', 'M%@ #@#'), c('Vancouver', 'BC', '604 778 236', 'V%@ #@#'),
      c('Montréal', 'QC', '514 438', 'H%@ #@#',
        { language: 'French', cultures: [['french', 60], ['anglo', 10], ['arabic', 8], ['italian', 5], ['vietnamese', 3], ['latam', 4]] }),
      c('Calgary', 'AB', '403 587 825', 'T%@ #@#'), c('Edmonton', 'AB', '780 587', 'T%@ #@#'), c('Ottawa', 'ON', '613 343', 'K%@ #@#'),
      c('Winnipeg', 'MB', '204 431', 'R%@ #@#'), c('Halifax', 'NS', '902 782', 'B%@ #@#'),
      c('Québec City', 'QC', '418 581', 'G%@ #@#', { language: 'French', cultures: [['french', 90], ['anglo', 5]] }),
      c('Hamilton', 'ON', '905 289', 'L%@ #@#'), c('Victoria', 'BC', '250 778', 'V%@ #@#'), c('Saskatoon', 'SK', '306 639', 'S%@ #@#'),
    ],
    phone: { nanp: true },
    suffixes: ['Inc.', 'Ltd.', 'Corp.', 'Ltée'],
    streets: L(`
      Queen Street West, King Street East, Yonge Street, Bloor Street, Main Street, Maple Avenue, Elgin Street, Jasper Avenue,
      Portage Avenue, Granville Street, rue Saint-Denis, rue Sherbrooke Est
    `),
    address: '{n} {street}', unit: [', Unit {#100-999}', ', Suite {#100-900}', ', Apt {#1-30}'],
    mail: ['gmail.com', 'outlook.com', 'yahoo.ca', 'hotmail.com', 'videotron.ca', 'rogers.com', 'shaw.ca'],
    academic: [9, 4],
    scores: ['3.{#2-9}/4.0', '3.{#2-9}', 'GPA 3.{#50-95}/4.00', 'With Distinction', 'Dean’s Honour List'],
    unis: I(`
      University of Toronto @ON; University of British Columbia @BC; McGill University @QC; Université de Montréal @QC;
      Université Laval @QC; University of Alberta @AB; University of Calgary @AB; McMaster University @ON; University of Waterloo @ON;
      Western University @ON; Queen’s University @ON; Dalhousie University @NS; University of Ottawa @ON;
      Toronto Metropolitan University @ON; Concordia University @QC; York University @ON; Simon Fraser University @BC;
      University of Manitoba @MB; University of Saskatchewan @SK; University of Victoria @BC
    `),
    colleges: I(`
      Humber College @ON; Seneca Polytechnic @ON; George Brown College @ON; British Columbia Institute of Technology @BC; SAIT @AB;
      NAIT @AB; Algonquin College @ON; Red River College Polytechnic @MB; Cégep du Vieux Montréal @QC; Fanshawe College @ON;
      Mohawk College @ON; Nova Scotia Community College @NS; Dawson College @QC; Sheridan College @ON
    `),
    schools: I(`
      Sir Winston Churchill Secondary School; Lord Byng Secondary School; École secondaire Jean-Jacques-Bertrand; Westdale Secondary School;
      Harbord Collegiate Institute; Ross Sheppard High School; Citadel High School
    `),
    degrees: {
      hs: ['Ontario Secondary School Diploma (OSSD)', 'High School Diploma', 'Diplôme d’études secondaires (DES)'],
      trade: ['Certificate of Apprenticeship', 'Diploma', 'Red Seal Trade Certificate', 'Certificate'],
      assoc: ['College Diploma', 'Advanced Diploma', 'Diploma', 'DEC (Diplôme d’études collégiales)'],
      'bachelor:sci': ['Bachelor of Science', 'B.Sc.', 'BSc'],
      'bachelor:eng': ['Bachelor of Applied Science', 'B.A.Sc.', 'B.Eng.'],
      'bachelor:arts': ['Bachelor of Arts', 'B.A.', 'BA (Hons)'],
      'bachelor:bus': ['Bachelor of Commerce', 'B.Comm', 'BBA'],
      'bachelor:nursing': ['Bachelor of Science in Nursing', 'BScN', 'BN'],
      'master:eng': ['MASc', 'M.Eng.', 'Master of Engineering'],
      jd: ['J.D.', 'JD', 'LL.B.', 'B.C.L./LL.B.'],
      md: ['M.D.', 'MD', 'Doctor of Medicine'],
      pharmd: ['PharmD', 'BScPharm', 'Pharm.D.'],
      dds: ['DDS', 'DMD'],
      dpt: ['MScPT', 'Master of Physical Therapy', 'MPT'],
      teach: ['Bachelor of Education', 'B.Ed.', 'BEd'],
    },
  },

  GB: {
    name: 'United Kingdom', weight: 6, language: 'English', currency: '£', display: ['UK', 'United Kingdom'],
    cultures: [['anglo', 50], ['irish', 8], ['indianNorth', 8], ['indianSouth', 2], ['yoruba', 2], ['igbo', 2], ['akan', 2], ['polish', 4],
      ['arabic', 3], ['greek', 2], ['italian', 2], ['chinese', 3], ['turkish', 1], ['hungarian', 1], ['czech', 1], ['portuguese', 1]],
    cities: [
      c('London', '', '20', '{E|N|W|SE|SW|NW}% #@@', { land: '20 {3|7|8}### ####' }), c('Manchester', '', '161', 'M%% #@@'),
      c('Birmingham', '', '121', 'B%% #@@', { land: '121 {2|3|4|5|6|7}## ####' }),
      c('Leeds', '', '113', 'LS% #@@', { land: '113 {2|3|4|5}## ####' }), c('Glasgow', 'Scotland', '141', 'G%% #@@'),
      c('Edinburgh', 'Scotland', '131', 'EH% #@@', { land: '131 {2|3|4|5|6}## ####' }),
      c('Bristol', '', '117', 'BS% #@@', { land: '117 {2|3|4|9}## ####' }), c('Liverpool', '', '151', 'L% #@@'),
      c('Newcastle upon Tyne', '', '191', 'NE% #@@'), c('Cardiff', 'Wales', '29', 'CF%# #@@', { land: '29 20## ####' }),
      c('Sheffield', '', '114', 'S% #@@', { land: '114 {2|3|4|5}## ####' }),
      c('Nottingham', '', '115', 'NG% #@@', { land: '115 {6|7|8|9}## ####' }),
      c('Belfast', 'Northern Ireland', '28', 'BT% #@@', { land: '28 90## ####' }),
    ],
    phone: { cc: '44', trunk: '0', mobile: ['7{4|5|8}## ######', '79{2|3|4|5|6|7|8}# ######'], land: 'A %## ####',
      styles: [['intl', 4], ['national', 4], ['intl0', 1]] },
    suffixes: ['Ltd', 'Ltd.', 'plc', 'LLP'],
    streets: L(`
      High Street, Station Road, Church Lane, Victoria Road, Park Avenue, Mill Lane, Queen’s Road, Kingsway, Albert Street, Grove Road,
      Manor Way, Chapel Street
    `),
    address: '{n} {street}', unit: [', Flat {#1-12}'],
    mail: ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'btinternet.com', 'icloud.com'],
    academic: [9, 6],
    scores: ['First Class Honours', 'Upper Second-Class Honours (2:1)', '2:1', 'First', 'Distinction', 'Merit'], bachelorYears: 3,
    unis: I(`
      University of Manchester; University of Leeds; University of Birmingham; University of Bristol; King’s College London;
      University College London; Imperial College London #tech; University of Edinburgh; University of Glasgow; Cardiff University;
      University of Nottingham; University of Sheffield; Newcastle University; Queen’s University Belfast;
      Manchester Metropolitan University; University of the West of England; Sheffield Hallam University; The Open University;
      London School of Economics and Political Science #social; University of Oxford; University of Cambridge; University of Liverpool;
      University of Southampton
    `),
    colleges: I(`
      Leeds City College; The Manchester College; City of Glasgow College; Birmingham Metropolitan College; Cardiff and Vale College;
      Westminster Kingsway College; New College Durham; City of Bristol College; Belfast Metropolitan College
    `),
    schools: I(`
      St Bede’s Catholic School; Hillside Academy; Queen Elizabeth’s Grammar School; Kingsmead Academy; Oakwood Sixth Form College;
      Parkside Community School; Holy Trinity Church of England School
    `),
    degrees: UK_DEGREES,
  },

  IE: {
    name: 'Ireland', weight: 1.5, language: 'English', currency: '€', display: ['Ireland'],
    cultures: [['irish', 70], ['anglo', 10], ['polish', 8], ['portuguese', 3], ['indianSouth', 3], ['filipino', 3], ['czech', 2]],
    cities: [
      c('Dublin', 'Co. Dublin', '1', 'D{0|1|2}% @#@#'), c('Cork', 'Co. Cork', '21', 'T12 @#@#', { land: '21 4## ####' }),
      c('Galway', 'Co. Galway', '91', 'H91 @#@#', { land: null }), c('Limerick', 'Co. Limerick', '61', 'V94 @#@#', { land: null }),
    ],
    phone: { cc: '353', trunk: '0', mobile: ['8{3|5|6|7|9} ### ####'], land: 'A %## ####', styles: [['intl', 1], ['national', 1]] },
    suffixes: ['Ltd', 'Limited', 'DAC', 'Teoranta'],
    streets: L('Main Street, Church Road, Leeson Street, Patrick Street, Dublin Road, Shop Street, Ashgrove Park'),
    address: '{n} {street}', unit: [', Apartment {#1-40}'],
    mail: ['gmail.com', 'outlook.com', 'eircom.net', 'hotmail.com', 'icloud.com'],
    academic: [9, 6],
    scores: ['First Class Honours', 'Second Class Honours, Grade 1 (2.1)', '2.1', 'Distinction'],
    unis: I(`
      Trinity College Dublin; University College Dublin; University College Cork; University of Galway; Dublin City University;
      Technological University Dublin; Maynooth University; University of Limerick; Royal College of Surgeons in Ireland #health
    `),
    colleges: I(`
      Technological University Dublin; Cork College of FET; Dublin Business School; Galway and Roscommon ETB;
      Ballyfermot College of Further Education
    `),
    schools: I('Coláiste Íde; St. Mary’s Secondary School; Gaelcholáiste Mhuire; Presentation College; Coláiste Bríde'),
    degrees: { ...UK_DEGREES, hs: ['Leaving Certificate', 'Leaving Cert'],
      trade: ['National Craft Certificate', 'QQI Level 6 Advanced Certificate', 'QQI Level 5 Certificate'],
      'bachelor:bus': ['BComm', 'Bachelor of Commerce', 'BBS'], jd: ['LLB', 'Professional Practice Course (Law Society)'] },
  },

  AU: {
    name: 'Australia', weight: 3, language: 'English', currency: '$', display: 'region',
    regions: { NSW: 'New South Wales', VIC: 'Victoria', QLD: 'Queensland', WA: 'Western Australia', SA: 'South Australia',
      ACT: 'Australian Capital Territory', TAS: 'Tasmania' },
    cultures: [['anglo', 45], ['irish', 6], ['chinese', 8], ['vietnamese', 5], ['indianNorth', 5], ['indianSouth', 3], ['greek', 4],
      ['italian', 4],
      ['filipino', 3], ['korean', 2], ['arabic', 2]],
    cities: [
      c('Sydney', 'NSW', '2', '20##', { land: '2 {8|9}### ####' }), c('Melbourne', 'VIC', '3', '30##', { land: '3 9### ####' }),
      c('Brisbane', 'QLD', '7', '40##', { land: '7 3### ####' }), c('Perth', 'WA', '8', '60##', { land: '8 9### ####' }),
      c('Adelaide', 'SA', '8', '50##', { land: '8 8### ####' }), c('Canberra', 'ACT', '2', '26##', { land: '2 62## ####' }),
      c('Hobart', 'TAS', '3', '70##', { land: '3 62## ####' }), c('Newcastle', 'NSW', '2', '23##', { land: '2 49## ####' }),
      c('Gold Coast', 'QLD', '7', '42##', { land: '7 55## ####' }),
    ],
    phone: { cc: '61', trunk: '0', mobile: ['4{0|1|2|3}# ### ###'], styles: [['intl', 1], ['national', 2]],
      landStyles: [['paren', 3], ['intl', 1]] },
    suffixes: ['Pty Ltd', 'Pty. Ltd.', 'Ltd'],
    streets: L(`
      George Street, Smith Street, Bay Road, Beach Road, King Street, Station Street, Railway Parade, Church Street, Victoria Street,
      Elizabeth Street
    `),
    address: '{n} {street}', unit: [', Unit {#1-30}', ', Level {#2-20}'],
    mail: ['gmail.com', 'outlook.com', 'bigpond.com', 'hotmail.com', 'icloud.com', 'optusnet.com.au'],
    academic: [2, 11],
    scores: ['First Class Honours', 'Distinction average', 'WAM {#70-88}', 'GPA {#5-6}.{#0-9}/7'], bachelorYears: 3,
    unis: I(`
      University of Sydney; UNSW Sydney; University of Melbourne; Monash University; University of Queensland;
      Queensland University of Technology; RMIT University; University of Western Australia; Curtin University; University of Adelaide;
      Macquarie University; University of Technology Sydney; Deakin University; Griffith University; Australian National University;
      University of Tasmania
    `),
    colleges: I(`
      TAFE NSW; TAFE Queensland; Box Hill Institute; Holmesglen Institute; North Metropolitan TAFE; TAFE SA; Kangan Institute;
      Canberra Institute of Technology
    `),
    schools: I(`
      Parramatta High School; Brisbane State High School; Northcote High School; Perth Modern School; Canberra High School;
      Adelaide High School
    `),
    degrees: {
      hs: ['Higher School Certificate (HSC)', 'Victorian Certificate of Education (VCE)', 'Year 12 Certificate',
        'Queensland Certificate of Education'],
      trade: ['Certificate III', 'Certificate IV', 'Certificate III (Apprenticeship)'],
      cert: ['Certificate IV', 'Certificate III', 'Diploma'],
      assoc: ['Diploma', 'Advanced Diploma', 'Associate Degree'],
      'bachelor:sci': ['Bachelor of Science', 'BSc', 'Bachelor of Science (Honours)'],
      'bachelor:eng': ['Bachelor of Engineering (Honours)', 'BEng (Hons)', 'BE'],
      'bachelor:bus': ['Bachelor of Commerce', 'BCom', 'Bachelor of Business'],
      'bachelor:nursing': ['Bachelor of Nursing', 'BN'],
      jd: ['Juris Doctor', 'JD', 'Bachelor of Laws (LLB)', 'LLB (Hons)'],
      md: ['Doctor of Medicine (MD)', 'MBBS'],
      pharmd: ['Bachelor of Pharmacy', 'BPharm', 'Master of Pharmacy'],
      dpt: ['Bachelor of Physiotherapy', 'Doctor of Physiotherapy', 'BPhty'],
      teach: ['Master of Teaching', 'Graduate Diploma of Education', 'DipEd'],
    },
  },

  DE: {
    name: 'Germany', weight: 4, language: 'German', currency: '€', display: ['Germany', 'Deutschland'],
    cultures: [['german', 65], ['turkish', 10], ['polish', 6], ['greek', 3], ['italian', 3], ['arabic', 3], ['czech', 2],
      ['hungarian', 2], ['vietnamese', 2]],
    cities: [
      c('Berlin', 'Berlin', '30', '1%###'), c('München', 'Bayern', '89', '8%###'), c('Hamburg', 'Hamburg', '40', '2%###'),
      c('Köln', 'Nordrhein-Westfalen', '221', '50###'), c('Frankfurt am Main', 'Hessen', '69', '60###'),
      c('Stuttgart', 'Baden-Württemberg', '711', '70###'), c('Düsseldorf', 'Nordrhein-Westfalen', '211', '40###'),
      c('Leipzig', 'Sachsen', '341', '04###'), c('Dresden', 'Sachsen', '351', '01###'), c('Nürnberg', 'Bayern', '911', '90###'),
      c('Hannover', 'Niedersachsen', '511', '30###'), c('Bremen', 'Bremen', '421', '28###'),
    ],
    phone: { cc: '49', trunk: '0',
      mobile: ['151 %#######', '152 %#######', '157 %#######', '160 %######', '17{0|1|2|3|4|5|6|7|8|9} %######'],
      land: 'A %######', styles: [['intl', 4], ['national', 3], ['slash', 1], ['intl0', 1]] },
    suffixes: ['GmbH', 'GmbH & Co. KG', 'AG', 'e.K.'],
    streets: L(`
      Hauptstraße, Bahnhofstraße, Schulstraße, Gartenstraße, Lindenstraße, Goethestraße, Bergstraße, Kirchweg, Friedrichstraße, Rosenweg,
      Mühlenweg, Schillerstraße
    `),
    address: '{street} {n}',
    mail: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'outlook.de'],
    academic: [10, 7],
    scores: ['1,{#0-9}', 'Note: 1,{#3-9}', '2,{#0-3}', 'sehr gut (1,{#0-5})', 'gut (2,{#0-3})'], bachelorYears: 3,
    unis: I(`
      Technische Universität München #tech; Ludwig-Maximilians-Universität München; Humboldt-Universität zu Berlin;
      Freie Universität Berlin; Technische Universität Berlin #tech; Universität Hamburg; RWTH Aachen University #tech; Universität zu Köln;
      Goethe-Universität Frankfurt; Universität Stuttgart; Karlsruher Institut für Technologie (KIT) #tech; Universität Heidelberg;
      Technische Universität Dresden; Universität Leipzig; Hochschule München #applied; HTW Berlin #applied; HAW Hamburg #applied;
      Universität Bremen
    `),
    colleges: I(`
      Berufsschule für Fertigungstechnik München #trades; Oberstufenzentrum Elektrotechnik Berlin #trades;
      Handwerkskammer für München und Oberbayern #trades; Handwerkskammer Berlin #trades; IHK Köln; Berufskolleg Ehrenfeld;
      Berufliche Schule Hamburg-Eppendorf; Staatliche Berufsschule Nürnberg #trades
    `),
    schools: I(`
      Goethe-Gymnasium; Friedrich-Schiller-Gymnasium; Humboldt-Gymnasium; Gesamtschule Holweide; Albert-Einstein-Gymnasium;
      Heinrich-Heine-Gymnasium; Max-Planck-Gymnasium
    `),
    degrees: {
      hs: ['Abitur', 'Allgemeine Hochschulreife', 'Fachabitur', 'Mittlere Reife'],
      trade: ['Berufsausbildung', 'Ausbildung', 'Gesellenbrief', 'Abgeschlossene Berufsausbildung'],
      cert: ['Zertifikat', 'IHK-Zertifikat', 'Weiterbildung'],
      assoc: ['Staatlich geprüfter Techniker', 'Meisterbrief'],
      'bachelor:sci': ['Bachelor of Science', 'B.Sc.'], 'bachelor:eng': ['Bachelor of Engineering', 'B.Eng.', 'B.Sc.'],
      'bachelor:arts': ['Bachelor of Arts', 'B.A.'], 'bachelor:bus': ['Bachelor of Science', 'B.Sc.', 'Bachelor of Arts'],
      'master:sci': ['Master of Science', 'M.Sc.', 'Diplom'],
      'master:eng': ['Master of Science', 'M.Sc.', 'Diplom-Ingenieur', 'Dipl.-Ing.'],
      'master:bus': ['Master of Science', 'M.Sc.', 'Diplom-Betriebswirt (FH)'],
      'master:arts': ['Master of Arts', 'M.A.', 'Magister Artium'],
      'phd:sci': ['Dr. rer. nat.', 'Promotion (Dr. rer. nat.)', 'PhD'], 'phd:eng': ['Dr.-Ing.', 'Promotion (Dr.-Ing.)'],
      'phd:bus': ['Dr. rer. pol.'], 'phd:arts': ['Dr. phil.', 'Promotion'],
      jd: ['Erstes Juristisches Staatsexamen', 'Zweites Juristisches Staatsexamen'],
      md: ['Staatsexamen Medizin', 'Ärztliche Prüfung (Staatsexamen)'],
      pharmd: ['Staatsexamen Pharmazie'], dds: ['Staatsexamen Zahnmedizin'],
      dpt: ['Staatlich anerkannter Physiotherapeut', 'B.Sc. Physiotherapie'],
      'bachelor:nursing': ['Pflegefachfrau/-mann (Examen)', 'B.Sc. Pflege'],
      teach: ['Zweites Staatsexamen (Lehramt)', 'Master of Education'],
    },
  },

  FR: {
    name: 'France', weight: 3, language: 'French', currency: '€', display: ['France'],
    cultures: [['french', 70], ['arabic', 10], ['portuguese', 4], ['spanish', 3], ['italian', 3], ['vietnamese', 3], ['polish', 2]],
    cities: [
      c('Paris', 'Île-de-France', '1', '750%#'), c('Lyon', 'Auvergne-Rhône-Alpes', '4', '6900%', { land: '4 7% ## ## ##' }),
      c('Marseille', 'Provence-Alpes-Côte d’Azur', '4', '130%#', { land: '4 9% ## ## ##' }),
      c('Toulouse', 'Occitanie', '5', '310%#', { land: '5 6% ## ## ##' }),
      c('Bordeaux', 'Nouvelle-Aquitaine', '5', '330%#', { land: '5 5% ## ## ##' }),
      c('Lille', 'Hauts-de-France', '3', '590%#', { land: '3 2% ## ## ##' }),
      c('Nantes', 'Pays de la Loire', '2', '440%#', { land: '2 4% ## ## ##' }),
      c('Strasbourg', 'Grand Est', '3', '670%#', { land: '3 88 ## ## ##' }),
      c('Montpellier', 'Occitanie', '4', '340%#', { land: '4 67 ## ## ##' }),
      c('Rennes', 'Bretagne', '2', '350%#', { land: '2 99 ## ## ##' }),
    ],
    phone: { cc: '33', trunk: '0', mobile: ['6 {0|1|2|4|5|6|7|8}# ## ## ##', '7 {3|4|5|6|7|8}# ## ## ##'], land: 'A %# ## ## ##',
      styles: [['intl', 3], ['national', 4], ['dots', 1]] },
    suffixes: ['SAS', 'S.A.', 'SARL', 'SA'],
    streets: L(`
      rue de la République, avenue Jean Jaurès, rue Victor Hugo, boulevard Pasteur, rue des Lilas, place de la Mairie, rue du Moulin,
      avenue de la Gare
    `),
    address: '{n} {street}', unit: [', Bât. {A|B|C}', ', Apt {#1-40}'],
    mail: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'outlook.fr', 'sfr.fr'],
    academic: [9, 6],
    scores: ['Mention Bien', 'Mention Très Bien', 'Mention Assez Bien', '{#13-17}/20'], bachelorYears: 3,
    unis: I(`
      Sorbonne Université; Université Paris Cité; Université Paris-Saclay; Université Claude Bernard Lyon 1; Université de Bordeaux;
      Université de Strasbourg; Aix-Marseille Université; Université de Lille; Université Toulouse III – Paul Sabatier; Nantes Université;
      École polytechnique #tech; Sciences Po #social; HEC Paris #bus; ESSEC Business School #bus; INSA Lyon #tech; CentraleSupélec #tech;
      Université Grenoble Alpes; Université de Rennes
    `),
    colleges: I(`
      Lycée professionnel Jean Jaurès #trades; CFA du Bâtiment #trades; IUT de Lyon; IFSI de Lyon #health; AFPA Paris;
      Institut Paul Bocuse #hospitality; IUT Paris – Rives de Seine; CFA Médéric #hospitality
    `),
    schools: I('Lycée Victor Hugo; Lycée Jean Moulin; Lycée Marie Curie; Lycée Louis Pasteur; Lycée Jules Ferry; Lycée Camille Claudel'),
    degrees: {
      hs: ['Baccalauréat', 'Baccalauréat général', 'Bac S', 'Bac Pro'], trade: ['CAP', 'BEP', 'Bac Pro', 'Brevet Professionnel'],
      cert: ['Certificat', 'Titre professionnel', 'Certificat de qualification professionnelle'], assoc: ['BTS', 'DUT', 'BUT'],
      'bachelor:sci': ['Licence', 'Licence professionnelle', 'Bachelor'], 'bachelor:eng': ['Licence', 'Bachelor'],
      'bachelor:arts': ['Licence'],
      'bachelor:bus': ['Licence', 'Bachelor', 'Licence professionnelle'],
      'bachelor:nursing': ['Diplôme d’État d’infirmier (DEI)', 'Diplôme d’État d’infirmier'],
      'master:sci': ['Master 2', 'Master', 'Master 1'], 'master:eng': ['Diplôme d’ingénieur', 'Master 2', 'Diplôme d’ingénieur (Master)'],
      'master:bus': ['Master 2', 'Master Grande École', 'Master'], 'master:arts': ['Master 2', 'Master'],
      phd: ['Doctorat', 'PhD'], jd: ['Master 2 Droit', 'CAPA (Certificat d’aptitude à la profession d’avocat)'],
      md: ['Diplôme d’État de docteur en médecine'], pharmd: ['Diplôme d’État de docteur en pharmacie'],
      dds: ['Diplôme d’État de docteur en chirurgie dentaire'],
      dpt: ['Diplôme d’État de masseur-kinésithérapeute'], teach: ['Master MEEF', 'CAPES'],
    },
  },

  ES: {
    name: 'Spain', weight: 2.5, language: 'Spanish', currency: '€', display: ['Spain', 'España'],
    cultures: [['spanish', 85], ['latam', 8], ['arabic', 3], ['french', 2], ['italian', 2]],
    cities: [
      c('Madrid', 'Comunidad de Madrid', '91', '280##'), c('Barcelona', 'Cataluña', '93', '080##'),
      c('Valencia', 'Comunidad Valenciana', '96', '460##'),
      c('Sevilla', 'Andalucía', '95', '410##'), c('Bilbao', 'País Vasco', '94', '480##'), c('Málaga', 'Andalucía', '95', '290##'),
      c('Zaragoza', 'Aragón', '976', '500##', { land: '976 ## ## ##' }),
    ],
    phone: { cc: '34', trunk: '', mobile: ['6## ### ###', '7{1|2|3|4}# ### ###'], land: 'A %## ## ##',
      styles: [['intl', 3], ['national', 2], ['compactIntl', 1]] },
    suffixes: ['S.L.', 'S.A.', 'SL', 'S.L.U.'],
    streets: L(`
      Calle Mayor, Avenida de la Constitución, Calle del Sol, Plaza de España, Calle San Juan, Calle Real, Avenida de Andalucía,
      Calle de la Paz
    `),
    address: '{street}, {n}', unit: [', {#1-8}º {A|B|C|D}', ', {#1-6}º izq.'],
    mail: ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es', 'telefonica.net'],
    academic: [9, 6],
    scores: ['{#7-9}.{#0-9}/10', 'Sobresaliente', 'Notable'],
    unis: I(`
      Universidad Complutense de Madrid; Universidad Autónoma de Madrid; Universitat de Barcelona;
      Universitat Politècnica de Catalunya #tech; Universidad de Sevilla; Universitat de València; Universidad de Granada;
      Universidad Politécnica de Madrid #tech; Universidad de Salamanca; Universidad del País Vasco; Universidad Carlos III de Madrid;
      Universidad de Zaragoza; IE University #bus; ESADE #bus; Universidad de Málaga
    `),
    colleges: I(`
      CIFP Tartanga #trades; Centro de FP Juan XXIII; IES Virgen de la Paloma; Escuela de Hostelería de Sevilla #hospitality;
      CIFP Don Bosco; Institut Escola del Treball #trades
    `),
    schools: I('IES Ramiro de Maeztu; Colegio San José; IES Cervantes; IES Isabel la Católica; Colegio Nuestra Señora del Pilar'),
    degrees: {
      hs: ['Bachillerato', 'Bachillerato de Ciencias'],
      trade: ['Técnico (FP Grado Medio)', 'Técnico Superior (FP Grado Superior)', 'Formación Profesional'],
      cert: ['Certificado de Profesionalidad', 'Curso de especialización'],
      assoc: ['Técnico Superior', 'Técnico Superior (FP Grado Superior)'],
      'bachelor:sci': ['Grado', 'Licenciatura', 'Graduado'], 'bachelor:eng': ['Grado en Ingeniería', 'Ingeniería Técnica', 'Grado'],
      'bachelor:arts': ['Grado', 'Licenciatura'], 'bachelor:bus': ['Grado', 'Licenciatura'],
      'bachelor:nursing': ['Grado en Enfermería', 'Diplomatura en Enfermería'],
      master: ['Máster', 'Máster Universitario', 'MSc'], phd: ['Doctorado', 'PhD'],
      jd: ['Grado en Derecho', 'Máster de Acceso a la Abogacía', 'Licenciatura en Derecho'],
      md: ['Grado en Medicina', 'Licenciatura en Medicina'],
      pharmd: ['Grado en Farmacia', 'Licenciatura en Farmacia'], dds: ['Grado en Odontología'], dpt: ['Grado en Fisioterapia'],
      teach: ['Máster en Formación del Profesorado'],
    },
  },

  IT: {
    name: 'Italy', weight: 2, language: 'Italian', currency: '€', display: ['Italy', 'Italia'],
    cultures: [['italian', 85], ['arabic', 3], ['spanish', 2], ['greek', 2], ['german', 2], ['polish', 2]],
    cities: [
      c('Milano', 'Lombardia', '02', '201##'), c('Roma', 'Lazio', '06', '001##'), c('Torino', 'Piemonte', '011', '101##'),
      c('Napoli', 'Campania', '081', '801##'), c('Bologna', 'Emilia-Romagna', '051', '401##'), c('Firenze', 'Toscana', '055', '501##'),
      c('Padova', 'Veneto', '049', '351##'),
    ],
    phone: { cc: '39', trunk: '', mobile: ['3{2|3|4|5|8|9}# ### ####'], land: 'A %## ####', styles: [['intl', 3], ['national', 2]] },
    suffixes: ['S.r.l.', 'S.p.A.', 'Srl', 'SpA'],
    streets: L(`
      Via Roma, Via Garibaldi, Corso Vittorio Emanuele II, Via Mazzini, Via Dante, Piazza della Repubblica, Via Verdi, Viale Europa
    `),
    address: '{street} {n}',
    mail: ['gmail.com', 'libero.it', 'virgilio.it', 'hotmail.it', 'alice.it', 'yahoo.it'],
    academic: [10, 7],
    scores: ['110/110 cum laude', '{#100-110}/110', '110/110'], bachelorYears: 3,
    unis: I(`
      Politecnico di Milano #tech; Università degli Studi di Milano; Alma Mater Studiorum – Università di Bologna;
      Sapienza Università di Roma; Università degli Studi di Padova; Politecnico di Torino #tech;
      Università degli Studi di Napoli Federico II; Università di Pisa; Università degli Studi di Firenze; Università Bocconi #bus;
      Università degli Studi di Torino
    `),
    colleges: I(`
      ITIS Galileo Galilei; Istituto Professionale Alberghiero #hospitality; ITS Academy Meccatronica #trades; IPSIA Enrico Fermi #trades;
      Istituto Tecnico Industriale Alessandro Volta
    `),
    schools: I(`
      Liceo Scientifico Leonardo da Vinci; Liceo Classico Giulio Cesare; Liceo Scientifico Galileo Galilei; Liceo Linguistico Manzoni;
      Istituto Tecnico Commerciale Pasolini
    `),
    degrees: {
      hs: ['Diploma di maturità', 'Maturità scientifica', 'Diploma di Liceo'],
      trade: ['Diploma di qualifica professionale', 'Diploma di Istituto Tecnico', 'Qualifica professionale'],
      assoc: ['Diploma ITS', 'Diploma di Tecnico Superiore'], bachelor: ['Laurea Triennale', 'Laurea', 'Laurea di primo livello'],
      'bachelor:nursing': ['Laurea in Infermieristica'], master: ['Laurea Magistrale', 'Laurea Specialistica', 'Master di II livello'],
      phd: ['Dottorato di Ricerca', 'PhD'], jd: ['Laurea Magistrale in Giurisprudenza'], md: ['Laurea Magistrale in Medicina e Chirurgia'],
      pharmd: ['Laurea Magistrale in Farmacia'], dds: ['Laurea Magistrale in Odontoiatria'], dpt: ['Laurea in Fisioterapia'],
      teach: ['Abilitazione all’insegnamento', 'Master di I livello in Didattica'],
    },
  },

  NL: {
    name: 'Netherlands', weight: 2, language: 'Dutch', currency: '€', display: ['Netherlands', 'the Netherlands'],
    cultures: [['dutch', 75], ['turkish', 8], ['arabic', 6], ['indianNorth', 3], ['polish', 3], ['german', 3], ['chinese', 2]],
    cities: [
      c('Amsterdam', 'Noord-Holland', '20', '10%# @@'), c('Rotterdam', 'Zuid-Holland', '10', '30%# @@'),
      c('Utrecht', 'Utrecht', '30', '35%# @@'),
      c('Den Haag', 'Zuid-Holland', '70', '25%# @@'), c('Eindhoven', 'Noord-Brabant', '40', '56%# @@'),
      c('Groningen', 'Groningen', '50', '97%# @@'),
    ],
    phone: { cc: '31', trunk: '0', mobile: ['6 {1|2|3|4|5}#######'], land: 'A %## ####',
      styles: [['intl', 3], ['national', 1], ['dashCompact', 2]] },
    suffixes: ['B.V.', 'BV', 'N.V.'],
    streets: L('Kerkstraat, Dorpsstraat, Stationsweg, Molenweg, Schoolstraat, Julianastraat, Beatrixlaan, Wilhelminastraat'),
    address: '{street} {n}',
    mail: ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'hotmail.nl', 'xs4all.nl'],
    academic: [9, 7],
    scores: ['{#7-8}.{#0-9}/10', 'cum laude'], bachelorYears: 3,
    unis: I(`
      Universiteit van Amsterdam; Vrije Universiteit Amsterdam; Universiteit Utrecht; Universiteit Leiden; Erasmus Universiteit Rotterdam;
      Technische Universiteit Delft #tech; Technische Universiteit Eindhoven #tech; Rijksuniversiteit Groningen; Radboud Universiteit;
      Hogeschool van Amsterdam #applied; Hogeschool Utrecht #applied; Fontys Hogescholen #applied; Hogeschool Rotterdam #applied
    `),
    colleges: I('ROC van Amsterdam; ROC Midden Nederland; Albeda; Grafisch Lyceum Rotterdam #design; ROC Mondriaan; Summa College'),
    schools: I(`
      Stedelijk Gymnasium Utrecht; Het Amsterdams Lyceum; Erasmiaans Gymnasium; Christelijk Lyceum Delft; Montessori Lyceum Amsterdam
    `),
    degrees: {
      hs: ['VWO', 'HAVO', 'VWO-diploma'], trade: ['MBO Niveau 4', 'MBO-diploma', 'MBO Niveau 3'],
      assoc: ['Associate degree', 'MBO Niveau 4'],
      'bachelor:sci': ['BSc', 'Bachelor of Science', 'HBO Bachelor'], 'bachelor:arts': ['BA', 'Bachelor of Arts'],
      'bachelor:bus': ['BSc', 'HBO Bachelor', 'Bachelor of Business Administration'],
      'bachelor:eng': ['BSc', 'Bachelor of Engineering', 'HBO Bachelor'], master: ['MSc', 'MA', 'Master of Science'],
      jd: ['LL.M.', 'Master Rechtsgeleerdheid'],
      md: ['Artsexamen', 'Master Geneeskunde'], pharmd: ['Master Farmacie', 'Apothekersdiploma'], dpt: ['Bachelor Fysiotherapie'],
      teach: ['Lerarenopleiding (tweedegraads)', 'Master Leraar VHO'],
    },
  },

  PL: {
    name: 'Poland', weight: 2, language: 'Polish', currency: 'PLN ', display: ['Poland', 'Polska'],
    cultures: [['polish', 92], ['czech', 3], ['vietnamese', 2], ['hungarian', 1]],
    cities: [
      c('Warszawa', 'mazowieckie', '22', '0%-###'), c('Kraków', 'małopolskie', '12', '3{0|1}-###'),
      c('Wrocław', 'dolnośląskie', '71', '5{0|1|2|3}-###'),
      c('Poznań', 'wielkopolskie', '61', '6{0|1}-###'), c('Gdańsk', 'pomorskie', '58', '80-###'),
      c('Łódź', 'łódzkie', '42', '9{0|1|2|3}-###'),
      c('Katowice', 'śląskie', '32', '40-###'),
    ],
    phone: { cc: '48', trunk: '', mobile: ['5{0|1|3|7}# ### ###', '6{0|6|9}# ### ###', '7{2|3|8|9}# ### ###', '88# ### ###'],
      land: 'A %## ## ##',
      styles: [['intl', 3], ['national', 2], ['intlDash', 1]] },
    suffixes: ['Sp. z o.o.', 'S.A.', 'sp. j.'],
    streets: L('Polna, Leśna, Słoneczna, Krótka, Szkolna, Ogrodowa, Lipowa, Kościuszki, Mickiewicza, Długa'),
    address: 'ul. {street} {n}', unit: ['/{#1-60}'],
    mail: ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl', 'gmail.com'],
    academic: [10, 6],
    scores: ['bardzo dobry (5.0)', 'dobry plus (4.5)', '4.{#2-9}/5.0'], bachelorYears: 3,
    unis: I(`
      Uniwersytet Warszawski; Politechnika Warszawska #tech; Uniwersytet Jagielloński; Akademia Górniczo-Hutnicza w Krakowie #tech;
      Politechnika Wrocławska #tech; Uniwersytet Wrocławski; Politechnika Gdańska #tech; Uniwersytet im. Adama Mickiewicza w Poznaniu;
      Szkoła Główna Handlowa w Warszawie #bus; Uniwersytet Łódzki; Politechnika Łódzka #tech; Uniwersytet Ekonomiczny w Krakowie #bus;
      Warszawski Uniwersytet Medyczny #health; Uniwersytet Śląski
    `),
    colleges: I(`
      Zespół Szkół Elektronicznych w Warszawie #trades; Technikum Budowlane nr 1 w Krakowie #trades;
      Zespół Szkół Gastronomicznych w Poznaniu #hospitality; Technikum Mechaniczne w Gdańsku #trades;
      Zespół Szkół Samochodowych we Wrocławiu #trades; Zespół Szkół Ekonomicznych w Krakowie; Policealna Szkoła Ekonomiczna w Warszawie
    `),
    schools: I(`
      XIV Liceum Ogólnokształcące im. Stanisława Staszica; V Liceum Ogólnokształcące im. Augusta Witkowskiego;
      III Liceum Ogólnokształcące w Gdyni; I Liceum Ogólnokształcące im. Mikołaja Kopernika
    `),
    degrees: {
      hs: ['Matura', 'Świadectwo dojrzałości'], trade: ['Technik', 'Szkoła Branżowa I stopnia', 'Dyplom zawodowy'],
      assoc: ['Technik', 'Dyplom technika'],
      bachelor: ['Licencjat', 'lic.', 'BSc'], 'bachelor:eng': ['Inżynier', 'inż.', 'Inżynier (BSc Eng.)'],
      master: ['Magister', 'mgr', 'MSc'],
      'master:eng': ['Magister inżynier', 'mgr inż.', 'MSc Eng.'], phd: ['Doktor', 'dr', 'PhD'], jd: ['Magister prawa', 'mgr'],
      md: ['Lekarz', 'lek. med.'], pharmd: ['Magister farmacji', 'mgr farm.'], dpt: ['Magister fizjoterapii', 'mgr fizjoterapii'],
      'bachelor:nursing': ['Licencjat pielęgniarstwa'],
    },
  },

  CZ: {
    name: 'Czech Republic', weight: 1, language: 'Czech', currency: 'CZK ', display: ['Czech Republic', 'Czechia'],
    cultures: [['czech', 90], ['polish', 4], ['vietnamese', 4], ['hungarian', 2]],
    cities: [
      c('Praha', 'Hlavní město Praha', '2', '1%0 00', { land: '2%# ### ###' }),
      c('Brno', 'Jihomoravský kraj', '54', '6%% 00', { land: '54# ### ###' }),
      c('Ostrava', 'Moravskoslezský kraj', '59', '7%% 00', { land: '59# ### ###' }),
      c('Plzeň', 'Plzeňský kraj', '37', '3%% 00', { land: '37# ### ###' }),
    ],
    phone: { cc: '420', trunk: '', mobile: ['60{1|2|3|4|5|6|7|8} ### ###', '7{2|3|7|9}# ### ###'], styles: [['intl', 3], ['national', 1]] },
    suffixes: ['s.r.o.', 'a.s.'],
    streets: L('Nádražní, Školní, Husova, Komenského, Palackého, Masarykova, Zahradní'),
    address: '{street} {n}', unit: ['/{#1-40}'],
    mail: ['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com'],
    academic: [9, 6],
    scores: ['s vyznamenáním', 'with honours', 'výborně'], bachelorYears: 3,
    unis: I(`
      Univerzita Karlova; České vysoké učení technické v Praze #tech; Vysoké učení technické v Brně #tech; Masarykova univerzita;
      Vysoká škola ekonomická v Praze #bus; Univerzita Palackého v Olomouci; Vysoká škola chemicko-technologická v Praze #tech;
      Ostravská univerzita
    `),
    colleges: I(`
      SPŠ elektrotechnická Praha #trades; Střední odborná škola stavební Brno #trades; Vyšší odborná škola zdravotnická #health;
      SOU gastronomie Praha #hospitality; Obchodní akademie Praha; Vyšší odborná škola ekonomická Brno
    `),
    schools: I('Gymnázium Jana Keplera; Gymnázium Brno, třída Kapitána Jaroše; Gymnázium Christiana Dopplera; Gymnázium Olomouc-Hejčín'),
    degrees: {
      hs: ['Maturita', 'Maturitní zkouška'], trade: ['Výuční list', 'Střední odborné vzdělání s maturitou'],
      assoc: ['Diplomovaný specialista (DiS.)'],
      bachelor: ['Bakalář', 'Bc.', 'BSc'], master: ['Magistr', 'Mgr.', 'MSc'], 'master:eng': ['Inženýr', 'Ing.'],
      'master:bus': ['Inženýr', 'Ing.'],
      phd: ['Ph.D.', 'Doktor'], jd: ['Mgr. (Právo)', 'Magistr'], md: ['MUDr.', 'Doktor medicíny'], pharmd: ['PharmDr.', 'Mgr. (Farmacie)'],
    },
  },

  SE: {
    name: 'Sweden', weight: 1, language: 'Swedish', currency: 'SEK ', display: ['Sweden', 'Sverige'],
    cultures: [['swedish', 75], ['arabic', 8], ['turkish', 3], ['polish', 3], ['norwegian', 3], ['greek', 2], ['chinese', 2],
      ['hungarian', 2]],
    cities: [
      c('Stockholm', 'Stockholms län', '8', '1%% ##'), c('Göteborg', 'Västra Götalands län', '31', '4%% ##'),
      c('Malmö', 'Skåne län', '40', '2%% ##'), c('Uppsala', 'Uppsala län', '18', '75% ##'),
    ],
    phone: { cc: '46', trunk: '0', mobile: ['7{0|2|3|6} ### ## ##'], styles: [['intl', 3], ['dash', 2]] },
    suffixes: ['AB'],
    streets: L('Storgatan, Drottninggatan, Kungsgatan, Skolgatan, Björkvägen, Västra vägen, Ringvägen'),
    address: '{street} {n}',
    mail: ['gmail.com', 'telia.com', 'hotmail.se', 'outlook.com'],
    academic: [8, 6],
    scores: ['Grade average: A', 'Grade average: B'], bachelorYears: 3,
    unis: I(`
      KTH Kungliga Tekniska högskolan #tech; Uppsala universitet; Lunds universitet; Stockholms universitet; Göteborgs universitet;
      Chalmers tekniska högskola #tech; Karolinska Institutet #health; Linköpings universitet; Umeå universitet;
      Handelshögskolan i Stockholm #bus
    `),
    colleges: I('Nackademin; YrkesAkademin; Hermods; Yrgo'),
    schools: I('Södra Latins gymnasium; Hvitfeldtska gymnasiet; Katedralskolan; Norra Real'),
    degrees: {
      hs: ['Gymnasieexamen', 'Högskoleförberedande examen'], trade: ['Yrkesexamen', 'Gesällbrev', 'Yrkeshögskoleexamen'],
      assoc: ['Yrkeshögskoleexamen'],
      bachelor: ['Kandidatexamen', 'Bachelor of Science', 'Högskoleexamen'],
      'bachelor:eng': ['Högskoleingenjörsexamen', 'Bachelor of Science in Engineering'],
      master: ['Masterexamen', 'Master of Science', 'Magisterexamen'],
      'master:eng': ['Civilingenjörsexamen', 'Master of Science in Engineering'],
      phd: ['Doktorsexamen', 'PhD'], jd: ['Juristexamen'], md: ['Läkarexamen'], pharmd: ['Apotekarexamen'],
      'bachelor:nursing': ['Sjuksköterskeexamen'],
      dpt: ['Fysioterapeutexamen'], teach: ['Lärarexamen', 'Ämneslärarexamen'],
    },
  },

  NO: {
    name: 'Norway', weight: 1, language: 'Norwegian', currency: 'NOK ', display: ['Norway', 'Norge'],
    cultures: [['norwegian', 80], ['swedish', 5], ['polish', 6], ['arabic', 4], ['vietnamese', 3]],
    cities: [c('Oslo', '', '2', '0%##'), c('Bergen', 'Vestland', '55', '5%##'), c('Trondheim', 'Trøndelag', '73', '7%##'),
      c('Stavanger', 'Rogaland', '51', '40%#')],
    phone: { cc: '47', trunk: '', mobile: ['4{0|1|5|6|7|8}# ## ###', '9## ## ###'],
      styles: [['intl', 3], ['national', 1], ['compactIntl', 1]] },
    suffixes: ['AS', 'ASA'],
    streets: L('Storgata, Kirkeveien, Skolegata, Bjørkeveien, Havnegata, Parkveien, Øvre Slottsgate'),
    address: '{street} {n}',
    mail: ['gmail.com', 'online.no', 'hotmail.no', 'outlook.com'],
    academic: [8, 6],
    scores: ['Karaktersnitt: A', 'Karaktersnitt: B', 'Grade average: B'], bachelorYears: 3,
    unis: I(`
      Universitetet i Oslo; Norges teknisk-naturvitenskapelige universitet (NTNU); Universitetet i Bergen; UiT Norges arktiske universitet;
      OsloMet – storbyuniversitetet; Handelshøyskolen BI #bus; Norges Handelshøyskole (NHH) #bus; Universitetet i Stavanger
    `),
    colleges: I('Fagskolen Oslo; Fagskolen i Viken; Bergen tekniske fagskole; Fagskolen i Trøndelag'),
    schools: I('Oslo katedralskole; Bergen katedralskole; Kuben videregående skole; Elvebakken videregående skole'),
    degrees: {
      hs: ['Vitnemål fra videregående skole', 'Studiekompetanse'], trade: ['Fagbrev', 'Svennebrev', 'Fagskoleutdanning'],
      assoc: ['Fagskoleutdanning'],
      bachelor: ['Bachelorgrad', 'Bachelor'], master: ['Mastergrad', 'Master of Science', 'Master'],
      'master:eng': ['Sivilingeniør', 'Master i teknologi'],
      phd: ['Ph.D.', 'PhD'], jd: ['Master i rettsvitenskap'], md: ['Cand.med.'], pharmd: ['Master i farmasi'],
      'bachelor:nursing': ['Bachelor i sykepleie'],
      teach: ['Praktisk-pedagogisk utdanning (PPU)', 'Lektorutdanning'],
    },
  },

  BR: {
    name: 'Brazil', weight: 2.5, language: 'Portuguese', currency: 'R$', display: 'region',
    regions: { SP: 'São Paulo', RJ: 'Rio de Janeiro', MG: 'Minas Gerais', PR: 'Paraná', RS: 'Rio Grande do Sul', DF: 'Distrito Federal',
      BA: 'Bahia', PE: 'Pernambuco', CE: 'Ceará', SC: 'Santa Catarina' },
    cultures: [['portuguese', 90], ['italian', 4], ['japanese', 3], ['arabic', 2]],
    cities: [
      c('São Paulo', 'SP', '11', '0%###-###'), c('Rio de Janeiro', 'RJ', '21', '2%###-###'), c('Belo Horizonte', 'MG', '31', '3%###-###'),
      c('Curitiba', 'PR', '41', '8%###-###'), c('Porto Alegre', 'RS', '51', '9%###-###'), c('Brasília', 'DF', '61', '7%###-###'),
      c('Salvador', 'BA', '71', '4%###-###'), c('Recife', 'PE', '81', '5%###-###'), c('Fortaleza', 'CE', '85', '6%###-###'),
      c('Campinas', 'SP', '19', '13###-###'), c('Florianópolis', 'SC', '48', '88###-###'),
    ],
    phone: { cc: '55', trunk: '', mobile: ['A 9####-####'], land: 'A {2|3|4}###-####', styles: [['intl', 2], ['paren', 3]] },
    suffixes: ['Ltda.', 'S.A.', 'LTDA', 'ME'],
    streets: L(`
      Rua das Flores, Avenida Brasil, Rua São João, Rua XV de Novembro, Rua Sete de Setembro, Rua da Consolação, Avenida Getúlio Vargas
    `),
    address: '{street}, {n}', unit: [', Apto {#11-184}', ', Sala {#101-908}'],
    mail: ['gmail.com', 'uol.com.br', 'bol.com.br', 'terra.com.br', 'hotmail.com', 'outlook.com'],
    academic: [3, 12],
    scores: ['{#7-9}.{#0-9}/10', 'CR 8.{#0-9}'],
    unis: I(`
      Universidade de São Paulo (USP); Universidade Estadual de Campinas (Unicamp); Universidade Federal do Rio de Janeiro (UFRJ);
      Universidade Federal de Minas Gerais (UFMG); Universidade Federal do Rio Grande do Sul (UFRGS);
      Pontifícia Universidade Católica do Rio de Janeiro (PUC-Rio); Universidade Federal de Pernambuco (UFPE);
      Universidade de Brasília (UnB); Universidade Federal do Paraná (UFPR); Fundação Getulio Vargas (FGV) #social;
      Universidade Presbiteriana Mackenzie; Universidade Federal da Bahia (UFBA)
    `),
    colleges: I(`
      SENAI São Paulo #trades; SENAC; ETEC Getúlio Vargas; Instituto Federal de São Paulo (IFSP); Centro Paula Souza; SENAI Cimatec #trades
    `),
    schools: I(`
      Colégio Bandeirantes; Colégio Pedro II; Colégio Santo Agostinho; Colégio Estadual Professor Alberto Torres;
      Colégio Marista Arquidiocesano
    `),
    degrees: {
      hs: ['Ensino Médio', 'Ensino Médio Completo'], trade: ['Curso Técnico', 'Técnico', 'Aprendizagem Industrial (SENAI)'],
      cert: ['Curso Livre', 'Certificado'],
      assoc: ['Tecnólogo', 'Curso Superior de Tecnologia'], bachelor: ['Bacharelado', 'Graduação', 'Licenciatura'],
      'bachelor:eng': ['Engenharia', 'Bacharelado em Engenharia'],
      master: ['Mestrado', 'Especialização (pós-graduação)', 'MBA'], mba: ['MBA', 'MBA Executivo'], phd: ['Doutorado'],
      jd: ['Bacharelado em Direito', 'Graduação em Direito'], md: ['Graduação em Medicina'], pharmd: ['Bacharelado em Farmácia'],
      dds: ['Graduação em Odontologia'],
      dpt: ['Bacharelado em Fisioterapia'], 'bachelor:nursing': ['Bacharelado em Enfermagem'], teach: ['Licenciatura'],
    },
  },

  MX: {
    name: 'Mexico', weight: 2, language: 'Spanish', currency: '$', display: ['Mexico', 'México'],
    cultures: [['latam', 95], ['spanish', 3], ['arabic', 1]],
    cities: [
      c('Ciudad de México', 'CDMX', '55', '0%###'), c('Guadalajara', 'Jalisco', '33', '44###'), c('Monterrey', 'Nuevo León', '81', '64###'),
      c('Puebla', 'Puebla', '222', '72###', { land: '222 ### ####' }),
      c('Querétaro', 'Querétaro', '442', '76###', { land: '442 ### ####' }),
      c('Tijuana', 'Baja California', '664', '22###', { land: '664 ### ####' }),
      c('Mérida', 'Yucatán', '999', '97###', { land: '999 ### ####' }),
    ],
    phone: { cc: '52', trunk: '', mobile: [], land: 'A #### ####', styles: [['intl', 3], ['national', 1], ['paren', 1]] },
    suffixes: ['S.A. de C.V.', 'S. de R.L. de C.V.', 'S.A.P.I. de C.V.'],
    streets: L('Av. Insurgentes Sur, Calle Hidalgo, Av. Juárez, Calle Morelos, Av. Revolución, Calle 5 de Mayo, Av. Reforma'),
    address: '{street} {n}', unit: [' Int. {#1-12}', ', Depto. {#101-804}'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'prodigy.net.mx', 'yahoo.com.mx'],
    academic: [8, 6],
    scores: ['{#8-9}.{#0-9}/10', 'Promedio 9.{#0-9}'],
    unis: I(`
      Universidad Nacional Autónoma de México (UNAM); Instituto Politécnico Nacional (IPN) #tech; Tecnológico de Monterrey;
      Universidad de Guadalajara; Universidad Autónoma de Nuevo León; Universidad Iberoamericana;
      Instituto Tecnológico Autónomo de México (ITAM) #social; Benemérita Universidad Autónoma de Puebla;
      Universidad Autónoma Metropolitana; Universidad Anáhuac
    `),
    colleges: I('CONALEP; CETis No. 5; Instituto Culinario de México #hospitality; Universidad Tecnológica de Querétaro; ICATI'),
    schools: I('Escuela Nacional Preparatoria 6; Colegio de Bachilleres Plantel 1; Preparatoria No. 2 UANL; Instituto Cumbres'),
    degrees: {
      hs: ['Bachillerato', 'Preparatoria'], trade: ['Técnico', 'Carrera Técnica', 'Profesional Técnico Bachiller'],
      assoc: ['Técnico Superior Universitario (TSU)'],
      bachelor: ['Licenciatura', 'Lic.'], 'bachelor:eng': ['Ingeniería', 'Ing.', 'Licenciatura en Ingeniería'],
      master: ['Maestría', 'Maestría en Ciencias'],
      phd: ['Doctorado'], jd: ['Licenciatura en Derecho'], md: ['Médico Cirujano'], pharmd: ['Químico Farmacéutico Biólogo'],
      dds: ['Cirujano Dentista'],
      'bachelor:nursing': ['Licenciatura en Enfermería'], dpt: ['Licenciatura en Fisioterapia'], teach: ['Licenciatura en Educación'],
    },
  },

  AR: {
    name: 'Argentina', weight: 1, language: 'Spanish', currency: 'ARS ', display: ['Argentina'],
    cultures: [['latam', 80], ['italian', 15], ['spanish', 3], ['arabic', 2]],
    cities: [
      c('Buenos Aires', 'CABA', '11', 'C1%##@@@', { land: '11 4###-####', mobile: '9 11 {2|3|4|5|6}###-####' }),
      c('Córdoba', 'Córdoba', '351', 'X5000@@@', { land: '351 4##-####', mobile: '9 351 {2|3|4|5|6}##-####' }),
      c('Rosario', 'Santa Fe', '341', 'S2000@@@', { land: '341 4##-####', mobile: '9 341 {2|3|4|5|6}##-####' }),
      c('Mendoza', 'Mendoza', '261', 'M5500@@@', { land: '261 4##-####', mobile: '9 261 {2|3|4|5|6}##-####' }),
      c('La Plata', 'Buenos Aires', '221', 'B1900@@@', { land: '221 4##-####', mobile: '9 221 {2|3|4|5|6}##-####' }),
    ],
    phone: { cc: '54', trunk: '0', mobile: [], styles: [['intl', 1]], landStyles: [['intl', 1], ['paren', 1]] },
    suffixes: ['S.A.', 'S.R.L.', 'S.A.S.'],
    streets: L('Av. Corrientes, Av. Santa Fe, San Martín, Av. Rivadavia, Belgrano, Sarmiento, Av. Pellegrini'),
    address: '{street} {n}', unit: [', Piso {#1-12} Depto. {A|B|C|D}'],
    mail: ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'fibertel.com.ar', 'outlook.com'],
    academic: [3, 12],
    scores: ['Promedio {#7-9}.{#0-9}', '{#7-9},{#10-99}/10'], bachelorYears: 5,
    unis: I(`
      Universidad de Buenos Aires; Universidad Nacional de Córdoba; Universidad Nacional de La Plata; Universidad Nacional de Rosario;
      Universidad Tecnológica Nacional #tech; Universidad Torcuato Di Tella #social; Universidad Austral; Universidad de San Andrés #social;
      Universidad Nacional de Cuyo; Instituto Tecnológico de Buenos Aires (ITBA) #tech
    `),
    colleges: I(`
      Instituto Argentino de Gastronomía #hospitality; Escuela Técnica N.º 1 Otto Krause #trades;
      Instituto Superior de Formación Técnica N.º 35; Instituto de Formación Técnica Superior N.º 12;
      Escuela de Enfermería del Hospital Italiano #health
    `),
    schools: I(`
      Colegio Nacional de Buenos Aires; Escuela Superior de Comercio Carlos Pellegrini; Colegio Nacional de Monserrat;
      Escuela Normal Superior N.º 1
    `),
    degrees: {
      hs: ['Bachiller', 'Título Secundario', 'Bachiller con orientación en Ciencias Naturales'],
      trade: ['Técnico', 'Técnico Electromecánico', 'Formación Profesional'],
      assoc: ['Técnico Superior', 'Tecnicatura Universitaria'], bachelor: ['Licenciatura', 'Lic.', 'Título de Grado'],
      'bachelor:eng': ['Ingeniería', 'Ingeniero', 'Título de Ingeniero'],
      master: ['Maestría', 'Magíster', 'Especialización'], phd: ['Doctorado'], jd: ['Abogado', 'Título de Abogado'],
      md: ['Médico', 'Título de Médico'],
      pharmd: ['Farmacéutico'], 'bachelor:nursing': ['Licenciatura en Enfermería'], dpt: ['Licenciatura en Kinesiología y Fisiatría'],
      teach: ['Profesorado'],
    },
  },

  IN: {
    name: 'India', weight: 4, language: 'English', currency: '₹', display: ['India'],
    cultures: [['indianNorth', 60], ['indianSouth', 40]],
    cities: [
      c('Mumbai', 'Maharashtra', '22', '400###'), c('New Delhi', 'Delhi', '11', '110###'), c('Pune', 'Maharashtra', '20', '411###'),
      c('Kolkata', 'West Bengal', '33', '700###'), c('Ahmedabad', 'Gujarat', '79', '380###'),
      c('Bengaluru', 'Karnataka', '80', '560###', { cultures: [['indianSouth', 75], ['indianNorth', 25]] }),
      c('Chennai', 'Tamil Nadu', '44', '600###', { cultures: [['indianSouth', 85], ['indianNorth', 15]] }),
      c('Hyderabad', 'Telangana', '40', '500###', { cultures: [['indianSouth', 75], ['indianNorth', 25]] }),
      c('Kochi', 'Kerala', '484', '682###', { land: '484 2## ####', cultures: [['indianSouth', 90], ['indianNorth', 10]] }),
    ],
    phone: { cc: '91', trunk: '0', mobile: ['{9|8|7}#### #####', '6{2|3|9}### #####'], land: 'A 2### ####',
      styles: [['intl', 5], ['national', 0.5], ['intlDash', 1], ['bare', 2]] },
    suffixes: ['Pvt. Ltd.', 'Private Limited', 'Ltd.', 'LLP'],
    streets: L('MG Road, 2nd Cross Road, Station Road, Nehru Nagar, Gandhi Nagar, Link Road, Ring Road, 4th Main Road'),
    address: '{n}, {street}', unit: [', Flat {#101-904}'],
    mail: ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'],
    academic: [7, 5],
    scores: ['CGPA {#7-9}.{#10-95}/10', '{#65-92}%', 'First Class with Distinction'], bachelorYears: 3,
    unis: I(`
      Indian Institute of Technology Bombay #tech; Indian Institute of Technology Delhi #tech; Indian Institute of Technology Madras #tech;
      Indian Institute of Science #tech; University of Delhi; Anna University; Jawaharlal Nehru University;
      Vellore Institute of Technology #tech; BITS Pilani #tech; Manipal Academy of Higher Education; University of Mumbai;
      Savitribai Phule Pune University; Osmania University; Jadavpur University; Amity University; Christ University;
      Indian Institute of Management Ahmedabad #bus; Indian Institute of Management Bangalore #bus
    `),
    colleges: I(`
      Government ITI Pusa #trades; ITI Bangalore #trades; Government Polytechnic Mumbai; Institute of Hotel Management Mumbai #hospitality;
      Government Polytechnic College Chennai; Don Bosco Technical Institute
    `),
    schools: I(`
      Delhi Public School, R.K. Puram; Kendriya Vidyalaya No. 1; St. Xavier’s High School; DAV Public School; Bishop Cotton Boys’ School;
      Padma Seshadri Bala Bhavan; Ryan International School
    `),
    special: {
      md: I(`
        All India Institute of Medical Sciences (AIIMS); Christian Medical College Vellore; Armed Forces Medical College;
        Madras Medical College; Grant Government Medical College
      `),
      jd: I(`
        National Law School of India University; NALSAR University of Law; Faculty of Law, University of Delhi;
        Government Law College, Mumbai; ILS Law College
      `),
    },
    degrees: {
      hs: ['Higher Secondary Certificate (HSC)', 'Class XII (CBSE)', 'Senior Secondary (XII)', '12th Standard'],
      trade: ['ITI Certificate', 'National Trade Certificate', 'Diploma'],
      assoc: ['Diploma', 'Polytechnic Diploma'], 'bachelor:sci': ['B.Sc.', 'BSc', 'Bachelor of Science'],
      'bachelor:eng': ['B.Tech', 'B.Tech.', 'B.E.', 'Bachelor of Technology'],
      'bachelor:bus': ['B.Com', 'BBA', 'B.Com (Hons)'], 'bachelor:arts': ['B.A.', 'BA (Hons)'], 'bachelor:nursing': ['B.Sc. Nursing'],
      'master:sci': ['M.Sc.', 'MSc'], 'master:eng': ['M.Tech', 'M.E.'], 'master:arts': ['M.A.'], 'master:bus': ['M.Com', 'MBA'],
      mba: ['MBA', 'PGDM', 'Post Graduate Diploma in Management'],
      phd: ['Ph.D.', 'PhD'], jd: ['LL.B.', 'B.A. LL.B. (Hons)', 'BBA LL.B.'], md: ['MBBS', 'M.B.B.S.'],
      pharmd: ['B.Pharm', 'M.Pharm', 'Pharm.D'], dds: ['BDS'],
      dpt: ['Bachelor of Physiotherapy (BPT)', 'BPT'], teach: ['B.Ed.', 'Bachelor of Education'],
    },
  },

  NG: {
    name: 'Nigeria', weight: 2, language: 'English', currency: '₦', display: ['Nigeria'],
    cultures: [['yoruba', 40], ['igbo', 35], ['hausa', 25]],
    cities: [
      c('Lagos', 'Lagos', '1', '', { cultures: [['yoruba', 60], ['igbo', 30], ['hausa', 10]] }), c('Abuja', 'FCT', '9', ''),
      c('Ibadan', 'Oyo', '2', '', { cultures: [['yoruba', 90], ['igbo', 10]] }),
      c('Port Harcourt', 'Rivers', '84', '', { cultures: [['igbo', 80], ['yoruba', 20]] }),
      c('Kano', 'Kano', '64', '', { cultures: [['hausa', 90], ['yoruba', 5], ['igbo', 5]] }),
      c('Enugu', 'Enugu', '42', '', { cultures: [['igbo', 95], ['yoruba', 5]] }),
      c('Benin City', 'Edo', '52', ''),
    ],
    phone: { cc: '234', trunk: '0',
      mobile: ['80{2|3|5|6|7|8|9} ### ####', '70{3|5|6|8} ### ####', '81{0|3|4|6|8} ### ####', '90{3|5|6|8} ### ####'],
      styles: [['intl', 3], ['national', 2], ['intl0', 1]] },
    suffixes: ['Ltd', 'Limited', 'Nigeria Ltd', 'PLC'],
    streets: L('Allen Avenue, Admiralty Way, Awolowo Road, Adeola Odeku Street, Ogui Road, Aminu Kano Crescent, Ring Road'),
    address: '{n} {street}',
    mail: ['gmail.com', 'yahoo.com', 'outlook.com'],
    academic: [10, 7],
    scores: ['Second Class Upper', 'First Class', 'Second Class (Upper Division)', 'CGPA 4.{#10-79}/5.00'],
    unis: I(`
      University of Lagos; University of Ibadan; Obafemi Awolowo University; University of Nigeria, Nsukka; Ahmadu Bello University;
      Covenant University; University of Benin; Lagos State University; Federal University of Technology, Akure #tech; University of Ilorin;
      Nnamdi Azikiwe University; Bayero University Kano
    `),
    colleges: I(`
      Yaba College of Technology; Federal Polytechnic Nekede; Kaduna Polytechnic; Lagos State Polytechnic; Auchi Polytechnic;
      School of Nursing, Lagos University Teaching Hospital #health
    `),
    schools: I(`
      King’s College, Lagos; Queen’s College, Lagos; Federal Government College, Enugu; Loyola Jesuit College;
      Christ the King College, Onitsha; Federal Government College, Kano
    `),
    degrees: {
      hs: ['WASSCE', 'Senior Secondary School Certificate', 'West African Senior School Certificate'],
      trade: ['National Diploma (ND)', 'Trade Test Certificate', 'OND'],
      assoc: ['Higher National Diploma (HND)', 'HND', 'OND'], 'bachelor:sci': ['B.Sc.', 'BSc'], 'bachelor:eng': ['B.Eng.', 'B.Tech.'],
      'bachelor:arts': ['B.A.'],
      'bachelor:law': ['LL.B.'], 'bachelor:nursing': ['B.N.Sc.', 'Registered Nurse (RN) Diploma'], master: ['M.Sc.', 'M.A.', 'MSc'],
      jd: ['B.L.', 'LL.B.', 'Barrister at Law (B.L.)'],
      md: ['MBBS', 'MB;BS'], pharmd: ['B.Pharm', 'Pharm.D'], dpt: ['B.MR (Physiotherapy)'], teach: ['PGDE', 'B.Ed.'],
    },
  },

  GH: {
    name: 'Ghana', weight: 1, language: 'English', currency: 'GH₵', display: ['Ghana'],
    cultures: [['akan', 95], ['yoruba', 5]],
    cities: [c('Accra', 'Greater Accra', '30', ''), c('Kumasi', 'Ashanti', '32', ''), c('Takoradi', 'Western', '31', ''),
      c('Cape Coast', 'Central', '33', '')],
    phone: { cc: '233', trunk: '0', mobile: ['2{0|4|6|7} ### ####', '5{0|4|5} ### ####'], styles: [['intl', 2], ['national', 1]] },
    suffixes: ['Ltd', 'Limited', 'Ghana Ltd'],
    streets: L('Oxford Street, Liberation Road, Ring Road Central, Spintex Road, Independence Avenue'),
    address: '{n} {street}',
    mail: ['gmail.com', 'yahoo.com', 'outlook.com'],
    academic: [9, 7],
    scores: ['First Class', 'Second Class Upper Division', 'CGPA 3.{#20-90}/4.0'],
    unis: I(`
      University of Ghana; Kwame Nkrumah University of Science and Technology (KNUST); University of Cape Coast; Ashesi University;
      Ghana Institute of Management and Public Administration (GIMPA) #social; University of Education, Winneba
    `),
    colleges: I(`
      Accra Technical University; Kumasi Technical University; Takoradi Technical University;
      Nursing and Midwifery Training College, Korle Bu #health
    `),
    schools: I('Achimota School; Prempeh College; Mfantsipim School; Presbyterian Boys’ Secondary School; St. Augustine’s College'),
    degrees: {
      hs: ['WASSCE', 'West African Senior School Certificate'], trade: ['Technical Certificate', 'HND', 'Certificate II'],
      assoc: ['HND', 'Higher National Diploma'],
      bachelor: ['BSc', 'B.Sc.', 'BA'], master: ['MSc', 'MPhil', 'MA'],
      jd: ['LLB', 'Qualifying Certificate in Law', 'BL (Ghana School of Law)'], md: ['MB ChB'],
      pharmd: ['BPharm', 'PharmD'], 'bachelor:nursing': ['BSc Nursing'], teach: ['B.Ed.', 'Postgraduate Diploma in Education'],
    },
  },

  ZA: {
    name: 'South Africa', weight: 1.5, language: 'English', currency: 'R', display: ['South Africa'],
    cultures: [['anglo', 25], ['afrikaans', 25], ['nguni', 40], ['indianSouth', 10]],
    cities: [
      c('Johannesburg', 'Gauteng', '11', '2%##'), c('Cape Town', 'Western Cape', '21', '8%##'), c('Durban', 'KwaZulu-Natal', '31', '40##'),
      c('Pretoria', 'Gauteng', '12', '00%#'), c('Gqeberha', 'Eastern Cape', '41', '60##'), c('Bloemfontein', 'Free State', '51', '93##'),
    ],
    phone: { cc: '27', trunk: '0', mobile: ['8{2|3|4} ### ####', '7{2|3|4|6|8|9} ### ####', '6{0|1} ### ####'], land: 'A %## ####',
      styles: [['intl', 2], ['national', 2]] },
    suffixes: ['(Pty) Ltd', 'Pty Ltd', 'Ltd'],
    streets: L('Main Road, Jan Smuts Avenue, Long Street, Church Street, Voortrekker Road, Florida Road, Oxford Road'),
    address: '{n} {street}',
    mail: ['gmail.com', 'webmail.co.za', 'mweb.co.za', 'outlook.com', 'icloud.com'],
    academic: [2, 11],
    scores: ['cum laude', 'with distinction', '{#65-85}%'], bachelorYears: 3,
    unis: I(`
      University of Cape Town; University of the Witwatersrand; Stellenbosch University; University of Pretoria; University of Johannesburg;
      University of KwaZulu-Natal; Rhodes University; Nelson Mandela University; University of South Africa (UNISA);
      Cape Peninsula University of Technology #tech; Tshwane University of Technology #tech; Durban University of Technology #tech
    `),
    colleges: I(`
      False Bay TVET College; Ekurhuleni East TVET College; Northlink College; Boland College; Capital Hotel School #hospitality;
      South West Gauteng TVET College
    `),
    schools: I(`
      Hoërskool Waterkloof; Hoërskool Menlopark; Northwood High School; Rondebosch High School; Sandringham High School; Durban High School
    `),
    degrees: {
      hs: ['National Senior Certificate (Matric)', 'Matric', 'National Senior Certificate'],
      trade: ['N6 National Diploma', 'Red Seal Trade Certificate', 'NQF Level 4 Certificate', 'Trade Test Certificate'],
      assoc: ['National Diploma', 'Diploma', 'Higher Certificate'], 'bachelor:sci': ['BSc', 'B.Sc.', 'BSc (Hons)'],
      'bachelor:bus': ['BCom', 'BCom (Hons)', 'BBA'],
      'bachelor:eng': ['BEng', 'BSc (Eng)', 'BTech'], 'bachelor:arts': ['BA', 'BSocSci'], master: ['MSc', 'MCom', 'MPhil', 'MA'],
      jd: ['LLB'], md: ['MBChB'],
      pharmd: ['BPharm'], dds: ['BChD'], dpt: ['BSc Physiotherapy'], 'bachelor:nursing': ['Bachelor of Nursing', 'BCur'],
      teach: ['PGCE', 'BEd'],
    },
  },

  SG: {
    name: 'Singapore', weight: 1, language: 'English', currency: 'S$', display: ['Singapore'],
    cultures: [['chinese', 75], ['indianSouth', 15], ['filipino', 5], ['anglo', 5]],
    cities: [c('Singapore', '', '6', '%#####')],
    phone: { cc: '65', trunk: '', mobile: ['9{0|1|2|3|4|6|7|8}## ####', '8{1|2|3|5|6|7|8}## ####'], land: '6{1|2|3|4|5|6}## ####',
      styles: [['intl', 3], ['national', 1]] },
    suffixes: ['Pte. Ltd.', 'Pte Ltd', 'Ltd'],
    streets: L('Ang Mo Kio Avenue 3, Tampines Street 21, Jurong West Street 52, Bedok North Road, Toa Payoh Lorong 1, Clementi Avenue 2'),
    address: 'Blk {n} {street}', unit: [' #{#2-20}-{#10-480}'],
    mail: ['gmail.com', 'singnet.com.sg', 'hotmail.com', 'outlook.com'],
    academic: [8, 5],
    scores: ['Honours (Distinction)', 'Honours (Merit)', 'CAP 4.{#0-8}/5.0', 'GPA 4.{#0-8}/5.0'],
    unis: I(`
      National University of Singapore; Nanyang Technological University; Singapore Management University #social;
      Singapore University of Technology and Design #tech; Singapore Institute of Technology #tech; Singapore University of Social Sciences
    `),
    colleges: I(`
      Singapore Polytechnic; Ngee Ann Polytechnic; Temasek Polytechnic; Republic Polytechnic; Nanyang Polytechnic; ITE College Central;
      ITE College East
    `),
    schools: I(`
      Raffles Institution; Hwa Chong Institution; Victoria Junior College; Anderson Serangoon Junior College; Temasek Junior College
    `),
    degrees: {
      hs: ['GCE A-Level', 'GCE A-Levels', 'GCE O-Level'], trade: ['Nitec', 'Higher Nitec', 'ITE Certificate'],
      assoc: ['Diploma', 'Polytechnic Diploma'],
      'bachelor:sci': ['Bachelor of Science', 'B.Sc.', 'BSc (Hons)'],
      'bachelor:eng': ['Bachelor of Engineering', 'B.Eng.', 'B.Eng. (Hons)'],
      'bachelor:bus': ['Bachelor of Business Administration', 'BBA', 'Bachelor of Accountancy'],
      jd: ['LLB', 'Bachelor of Laws (Hons)'], md: ['MBBS'],
      pharmd: ['BSc (Pharmacy) (Hons)'], dpt: ['BSc (Hons) Physiotherapy'], teach: ['Postgraduate Diploma in Education (PGDE)'],
    },
  },

  AE: {
    name: 'United Arab Emirates', weight: 1, language: 'Arabic', currency: 'AED ', display: ['UAE', 'United Arab Emirates'],
    cultures: [['arabic', 40], ['indianSouth', 25], ['indianNorth', 15], ['filipino', 10], ['anglo', 10]],
    cities: [c('Dubai', 'Dubai', '4', ''), c('Abu Dhabi', 'Abu Dhabi', '2', ''), c('Sharjah', 'Sharjah', '6', '')],
    phone: { cc: '971', trunk: '0', mobile: ['5{0|2|4|5|6|8} ### ####'], land: 'A %## ####', styles: [['intl', 3], ['national', 1]] },
    suffixes: ['LLC', 'FZ-LLC', 'FZE', 'L.L.C.'],
    streets: L('Sheikh Zayed Road, Al Wasl Road, Al Khaleej Street, Corniche Road, Hamdan Street'),
    address: 'Apt {n}, {street}',
    mail: ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com'],
    academic: [9, 6],
    scores: ['3.{#2-9}/4.0', 'GPA 3.{#2-9}'],
    unis: I(`
      United Arab Emirates University; American University of Sharjah; Khalifa University #tech; Zayed University; University of Sharjah;
      Heriot-Watt University Dubai; University of Wollongong in Dubai; Middlesex University Dubai
    `),
    colleges: I('Higher Colleges of Technology; Emirates Academy of Hospitality Management #hospitality; Dubai Polytechnic'),
    schools: I('GEMS Modern Academy; Al Mawakeb School; The Indian High School; Emirates National School; Dubai International Academy'),
    degrees: { hs: ['High School Diploma', 'Secondary School Certificate', 'CBSE Class XII'] },
  },

  TR: {
    name: 'Türkiye', weight: 1, language: 'Turkish', currency: '₺', display: ['Türkiye', 'Turkey'],
    cultures: [['turkish', 100]],
    cities: [
      c('İstanbul', '', '212', '34###', { land: '{212|216} ### ## ##' }), c('Ankara', '', '312', '06###'), c('İzmir', '', '232', '35###'),
      c('Bursa', '', '224', '16###'), c('Antalya', '', '242', '07###'),
    ],
    phone: { cc: '90', trunk: '0', mobile: ['5{0|3|4|5}# ### ## ##'], land: 'A %## ## ##',
      styles: [['intl', 3], ['national', 2], ['trunkParen', 1]] },
    suffixes: ['A.Ş.', 'Ltd. Şti.'],
    streets: L('Atatürk Caddesi, Cumhuriyet Caddesi, İstiklal Caddesi, Bağdat Caddesi, Gazi Mustafa Kemal Bulvarı'),
    address: '{street} No: {n}', unit: [' D: {#1-24}'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.com', 'yandex.com'],
    academic: [9, 6],
    scores: ['3.{#10-90}/4.00', 'Yüksek Onur'],
    unis: I(`
      İstanbul Teknik Üniversitesi #tech; Boğaziçi Üniversitesi; Orta Doğu Teknik Üniversitesi (ODTÜ); Bilkent Üniversitesi;
      Koç Üniversitesi; Sabancı Üniversitesi; Hacettepe Üniversitesi; Ankara Üniversitesi; İstanbul Üniversitesi; Ege Üniversitesi;
      Yıldız Teknik Üniversitesi #tech; Dokuz Eylül Üniversitesi
    `),
    colleges: I('İstanbul Meslek Yüksekokulu; Mesleki ve Teknik Anadolu Lisesi; Anadolu Teknik Lisesi; Ankara Meslek Yüksekokulu'),
    schools: I('Kabataş Erkek Lisesi; Ankara Fen Lisesi; İzmir Atatürk Lisesi; Galatasaray Lisesi; Bursa Anadolu Lisesi'),
    degrees: {
      hs: ['Lise Diploması', 'Anadolu Lisesi Diploması'], trade: ['Meslek Lisesi Diploması', 'Ustalık Belgesi'],
      assoc: ['Ön Lisans', 'Associate Degree'],
      bachelor: ['Lisans', 'B.Sc.', 'BSc', 'Bachelor of Science'], master: ['Yüksek Lisans', 'M.Sc.', 'MSc'],
      mba: ['MBA', 'Yüksek Lisans (MBA)'],
      phd: ['Doktora', 'PhD'], jd: ['Hukuk Lisans', 'LL.B.'], md: ['Tıp Doktoru (MD)', 'Tıp Fakültesi'], pharmd: ['Eczacılık Lisans'],
      teach: ['Pedagojik Formasyon'],
    },
  },
};
