// Pools shared by every profession: sector defaults, summary sentences, generic bullets, languages, interests.
//
// Text templates (here and in professions/) are filled by ../text.mjs:
//   {a|b|c}   one of the choices (may nest other slots)
//   {#10-50}  an integer, {#1000-9000} prints with thousands separators, {#10-90/5} steps by 5
//   {%10-40}  a percentage, "23%"
//   {$20-90}  an amount in the person's currency, "$45" ({$20-90}K prints "$45K")
//   {name}    a variable (a string or a list to pick from); {Name} capitalises it
// A trailing " @US/CA" keeps a string for those countries only, " @!US" for all others; " @US:Boston" also places an
// employer in a city, and on institutions " @TX" names a US state (see countries.mjs for the " #tech"-style marks).

import { L } from './names.mjs';

export const LEVELS = ['student', 'entry', 'mid', 'senior', 'lead', 'exec'];

/** How likely each level is when a profession offers it; executives are rarer than staff. */
export const LEVEL_WEIGHTS = { student: 1, entry: 1, mid: 1.3, senior: 1.2, lead: 0.8, exec: 0.45 };

/** Years since the first job, by level. */
export const LEVEL_YEARS = { student: [0, 0], entry: [0, 2], mid: [3, 8], senior: [7, 15], lead: [11, 24], exec: [16, 32] };

/** How many work entries, by level. */
export const LEVEL_ROLES = { student: [1, 3], entry: [1, 3], mid: [2, 4], senior: [3, 6], lead: [3, 7], exec: [4, 8] };

/** Defaults by sector: chance of each link and section, who people work with, and the adjectives summaries open with. */
export const SECTORS = {
  trades: {
    links: { linkedin: 0.5, url: 0.12 },
    sections: { certificates: 0.75, awards: 0.12, volunteer: 0.12 },
    partners: ['general contractors', 'inspectors', 'project managers', 'other trades'],
    awards: [['Safety Recognition Award', '{company}'], ['Employee of the Month', '{company}'], ['Apprentice of the Year', '{company}'],
      ['Customer Service Award', '{company}']],
    adj: ['Safety-focused', 'Reliable', 'Detail-oriented', 'Hardworking', 'Skilled', 'Dependable'],
  },
  health: {
    links: { linkedin: 0.75, url: 0.15 },
    sections: { certificates: 0.85, awards: 0.2, volunteer: 0.3, publications: 0.04 },
    partners: ['physicians', 'pharmacists', 'case managers', 'the wider care team'],
    adj: ['Compassionate', 'Patient-focused', 'Dedicated', 'Detail-oriented', 'Caring'],
  },
  teaching: {
    links: { linkedin: 0.7, url: 0.2 },
    sections: { certificates: 0.5, awards: 0.25, volunteer: 0.3 },
    partners: ['parents', 'special education staff', 'the grade-level team', 'school leadership'],
    adj: ['Enthusiastic', 'Dedicated', 'Student-centered', 'Creative', 'Reflective'],
  },
  hospitality: {
    links: { linkedin: 0.5, url: 0.15, instagram: 0.12 },
    sections: { certificates: 0.5, awards: 0.15, volunteer: 0.15 },
    partners: ['the kitchen', 'front-of-house staff', 'suppliers', 'event planners'],
    adj: ['Energetic', 'Guest-focused', 'Hardworking', 'Creative', 'Team-oriented'],
  },
  finance: {
    links: { linkedin: 0.9, url: 0.2 },
    sections: { certificates: 0.6, awards: 0.2, volunteer: 0.2 },
    partners: ['department heads', 'external auditors', 'the controller', 'FP&A'],
    adj: ['Detail-oriented', 'Analytical', 'Results-driven', 'Meticulous', 'Deadline-driven'],
  },
  legal: {
    links: { linkedin: 0.85, url: 0.2 },
    sections: { certificates: 0.4, awards: 0.2, volunteer: 0.25, publications: 0.08 },
    partners: ['partners', 'opposing counsel', 'clients', 'court staff'],
    adj: ['Detail-oriented', 'Organized', 'Diligent', 'Discreet'],
  },
  academia: {
    links: { linkedin: 0.5, url: 0.6, github: 0.35, scholar: 0.55, orcid: 0.6 },
    sections: { certificates: 0.05, awards: 0.6, publications: 1, projects: 0.25, volunteer: 0.12 },
    partners: ['collaborators', 'industry partners', 'graduate students', 'core facilities'],
    adj: ['Curious', 'Rigorous', 'Collaborative', 'Motivated'],
  },
  student: {
    links: { linkedin: 0.85, url: 0.3 },
    sections: { certificates: 0.3, awards: 0.6, volunteer: 0.5, projects: 0.7, interests: 0.5 },
    partners: ['teammates', 'supervisors', 'faculty advisors'],
    adj: ['Motivated', 'Curious', 'Hardworking', 'Organized'],
  },
  tech: {
    links: { linkedin: 0.9, github: 0.85, url: 0.55, twitter: 0.12 },
    sections: { certificates: 0.4, projects: 0.5, awards: 0.15, volunteer: 0.15 },
    partners: ['product managers', 'designers', 'data engineers', 'the SRE team'],
    adj: ['Pragmatic', 'Results-driven', 'Versatile', 'Product-minded', 'Analytical'],
  },
  sales: {
    links: { linkedin: 0.95, url: 0.3, twitter: 0.15 },
    sections: { certificates: 0.35, awards: 0.5, volunteer: 0.2 },
    partners: ['marketing', 'sales engineers', 'customer success', 'channel partners'],
    adj: ['Results-driven', 'Competitive', 'Customer-focused', 'Consultative', 'Creative'],
  },
  hr: {
    links: { linkedin: 0.95, url: 0.2 },
    sections: { certificates: 0.6, awards: 0.15, volunteer: 0.25 },
    partners: ['hiring managers', 'payroll', 'legal', 'department heads'],
    adj: ['People-focused', 'Organized', 'Approachable', 'Strategic'],
  },
  logistics: {
    links: { linkedin: 0.55, url: 0.08 },
    sections: { certificates: 0.55, awards: 0.15, volunteer: 0.1 },
    partners: ['carriers', 'warehouse leads', 'customer service', 'suppliers'],
    awards: [['Safety Recognition Award', '{company}'], ['Employee of the Month', '{company}'], ['Perfect Attendance Award', '{company}']],
    adj: ['Reliable', 'Efficient', 'Safety-conscious', 'Organized', 'Dependable'],
  },
  retail: {
    links: { linkedin: 0.5, url: 0.1 },
    sections: { certificates: 0.2, awards: 0.3, volunteer: 0.2 },
    partners: ['store management', 'the visual team', 'vendors', 'loss prevention'],
    adj: ['Friendly', 'Customer-focused', 'Energetic', 'Dependable'],
  },
  construction: {
    links: { linkedin: 0.8, url: 0.2 },
    sections: { certificates: 0.8, projects: 0.4, awards: 0.2 },
    partners: ['owners', 'architects', 'subcontractors', 'inspectors'],
    awards: [['Safety Excellence Award', '{company}'], ['Project of the Year', '{company}'],
      ['Build of the Year', '{City} Business Journal']],
    adj: ['Safety-focused', 'Organized', 'Results-driven', 'Hands-on'],
  },
  design: {
    links: { linkedin: 0.85, url: 0.85, behance: 0.45, dribbble: 0.35, instagram: 0.1 },
    sections: { certificates: 0.15, projects: 0.6, awards: 0.3 },
    partners: ['copywriters', 'developers', 'product managers', 'clients'],
    adj: ['Creative', 'User-focused', 'Detail-oriented', 'Versatile'],
  },
  social: {
    links: { linkedin: 0.7, url: 0.15 },
    sections: { certificates: 0.6, volunteer: 0.5, awards: 0.15 },
    partners: ['schools', 'courts', 'health providers', 'housing agencies'],
    adj: ['Compassionate', 'Client-centered', 'Resourceful', 'Trauma-informed'],
  },
  admin: {
    links: { linkedin: 0.7, url: 0.15 },
    sections: { certificates: 0.3, volunteer: 0.3, awards: 0.2 },
    partners: ['department heads', 'vendors', 'finance', 'IT'],
    adj: ['Organized', 'Dependable', 'Detail-oriented', 'Resourceful'],
  },
  support: {
    links: { linkedin: 0.7, url: 0.15 },
    sections: { certificates: 0.25, awards: 0.3, volunteer: 0.2 },
    partners: ['engineering', 'billing', 'product teams', 'account managers'],
    adj: ['Patient', 'Empathetic', 'Solution-oriented', 'Friendly'],
  },
};

/** Base chance of the sections most people may have, before sector defaults. */
export const SECTION_DEFAULTS = { certificates: 0.3, awards: 0.2, volunteer: 0.2, projects: 0, publications: 0, interests: 0.35,
  references: 0.04 };

/** First summary sentence, by career stage. */
export const SUMMARY_OPENERS = {
  early: [
    '{Adj} {noun} with hands-on training in {domain}.',
    'Early-career {noun} with practical experience in {focus} and {focus}.',
    '{Motivated|Newly qualified|Eager} {noun} {building a career|looking to grow} in {domain}.',
    '{Adj} and {quick to learn|coachable}; {background|experience} in {focus} and {focus}.',
  ],
  mid: [
    '{Adj} {noun} with {years} years of experience in {domain}.',
    '{Noun} with {years}+ years {in|across} {domain}, {specializing in|focused on} {focus} and {focus}.',
    '{years} years of hands-on experience in {domain}, with a track record in {focus} and {focus}.',
    'Experienced {noun} {focused on|specializing in} {focus}, {focus} and {focus}.',
    '{Adj} {noun} who has spent {years} years in {domain}.',
  ],
  lead: [
    '{Noun} and people leader with {years} years in {domain}.',
    'Senior leader with {years} years of experience in {domain}, {known for|recognized for} {building strong teams|improving operations|delivering on time and on budget}.',
    '{Adj} {noun} with {years} years in {domain}, {currently|most recently} leading {a team|teams} of {team}.',
    'Hands-on leader with a background in {focus} and {focus}; {years} years in {domain}.',
  ],
};

/** Optional follow-up sentences; {skill} draws from the person's own skill keywords. */
export const SUMMARY_SKILLS = [
  '{Skilled in|Proficient in|Experienced with|Strong background in} {skill}, {skill} and {skill}.',
  '{Comfortable with|Well versed in} {skill} and {skill}.',
  'Core strengths: {skill}, {skill}, {skill}.',
];
export const SUMMARY_TRAITS = [
  '{Known for|Recognized for} {clear communication|reliability and attention to detail|staying calm under pressure|mentoring newer colleagues|building trust with clients and coworkers}.',
  '{Thrives|Works best} in {fast-paced|collaborative|high-volume} environments.',
  'Team player who takes ownership of {results|the details|every task}.',
];
export const SUMMARY_GOALS = [
  '{Seeking|Looking for} a {new challenge|role} {in|around} {City}.',
  'Open to {relocation|travel|hybrid and on-site roles}.',
  '{Seeking|Looking for} {new|full-time} {noun} roles {with a growing team|where I can keep learning|in a mission-driven organization}.',
];

/** Bullets for people who lead others, whatever the trade; {team} is the profession's plural noun. */
export const LEAD_BULLETS = [
  'Managed a team of {#4-30} {team}, {including hiring and performance reviews|handling hiring and annual reviews}',
  'Hired, trained and mentored {#5-25} new {team}, {#2-6} of whom were later promoted',
  'Owned an annual budget of {$1-12}M and {kept spending within|finished each year under} plan',
  'Reduced staff turnover from {%30-45} to {%12-25} through {structured onboarding|regular one-on-ones|a clearer career ladder}',
  'Reported {KPIs|results} to {senior leadership|the executive team|the owners} {every week|each month}',
];

/** Leadership bullets for sectors that run on shifts. */
export const SHIFT_LEAD_BULLETS = [
  'Cut overtime costs by {%10-30} by {rebuilding the shift schedule|cross-training staff|rebalancing workloads}',
  'Built the weekly rota for {#20-120} staff across {#2-3} shifts',
];
export const SHIFT_SECTORS = new Set(['trades', 'health', 'hospitality', 'retail', 'logistics', 'support']);

/** Short duties that fit any role when a summary line is wanted instead of bullets. */
export const ROLE_DUTIES = [
  'Responsible for {focus}, {focus} and {focus}.',
  '{Focused on|Worked mainly on} {focus} and {focus}.',
  'Day-to-day work included {focus}, {focus} and {focus}.',
];

/** Soft skills some people list as their own group. */
export const SOFT_SKILLS = L(`
  Communication, Team leadership, Time management, Problem solving, Conflict resolution, Mentoring, Customer service, Attention to detail,
  Adaptability, Public speaking, Negotiation, Organization, Critical thinking, Collaboration
`);

export const SKILL_LEVELS = { early: ['Beginner', 'Intermediate', 'Proficient', 'Advanced'],
  experienced: ['Intermediate', 'Advanced', 'Expert', 'Proficient', 'Master'] };

export const INTERESTS = L(`
  Hiking, Photography, Cooking, Running, Chess, Cycling, Gardening, Woodworking, Rock climbing, Travel, Reading, Soccer, Basketball, Yoga,
  Piano, Guitar, Baking, Fishing, Camping, Board games, Podcasts, Marathon running, Film photography, Sailing, Skiing, Swimming, Pottery,
  Birdwatching, Home brewing, Volleyball, Tennis, Painting, Salsa dancing, Kayaking, Sci-fi novels
`);

/** Keywords some people add to an interest. */
export const INTEREST_KEYWORDS = {
  Hiking: ['Backpacking', 'National parks'], Running: ['Half marathons', 'Trail running'], Cooking: ['Fermentation', 'Regional cuisines'],
  Photography: ['Street photography', 'Landscapes'], Chess: ['Online blitz', 'Club tournaments'],
  Cycling: ['Gravel riding', 'Bike commuting'],
  Gardening: ['Vegetables', 'Native plants'], Soccer: ['Sunday league', 'Coaching youth teams'], Travel: ['Southeast Asia', 'Road trips'],
  Reading: ['History', 'Science fiction'], Woodworking: ['Furniture', 'Hand tools'], Guitar: ['Jazz', 'Fingerstyle'],
};

/** Volunteering: kinds of organization (tagged ones are local) with the roles people hold there, some from a level up. */
export const VOLUNTEERING = [
  { orgs: L(`
    Feeding America @US, The Trussell Trust @GB, Die Tafeln @DE, Restos du Cœur @FR, Banco de Alimentos @ES/AR/MX, {City} Food Bank,
    St. Vincent de Paul Society
  `),
    roles: [['Volunteer',
      ['Sorted and packed donated food for weekly distribution', 'Helped run weekend distribution for {#80-300} families',
        'Welcomed and registered visitors at the pantry']],
      ['Shift Lead',
        ['Coordinated {#8-25} volunteers on Saturday shifts', 'Tracked stock and flagged shortages to the warehouse team'], 'mid']] },
  { orgs: L(`
    American Red Cross @US, British Red Cross @GB, Canadian Red Cross @CA, Australian Red Cross @AU, Deutsches Rotes Kreuz @DE,
    Croix-Rouge française @FR, Cruz Roja Española @ES, Croce Rossa Italiana @IT, Irish Red Cross @IE, Nederlandse Rode Kruis @NL,
    Polski Czerwony Krzyż @PL, Český červený kříž @CZ, Svenska Röda Korset @SE, Norges Røde Kors @NO, Cruz Vermelha Brasileira @BR,
    Cruz Roja Mexicana @MX, Cruz Roja Argentina @AR, Indian Red Cross Society @IN, Nigerian Red Cross Society @NG,
    Ghana Red Cross Society @GH, South African Red Cross Society @ZA, Singapore Red Cross @SG, Emirates Red Crescent @AE, Türk Kızılay @TR,
    St John Ambulance @GB/AU
  `),
    roles: [['Volunteer',
      ['Staffed first-aid posts at {#5-20} community events a year', 'Helped run blood drives with {#40-150} donors each']],
      ['Disaster Response Volunteer', ['Supported families displaced by {floods|house fires|storms} with shelter and supplies']]] },
  { orgs: L('Code Club, Girls Who Code @US, Junior Achievement, Teach For All, {City} Public Library, Big Brothers Big Sisters @US/CA'),
    roles: [['Volunteer Tutor', ['Tutored {#3-12} students weekly', 'Prepared lessons and practice materials for weekly sessions']],
      ['Mentor', ['Mentored {#2-8} young people through a year-long program', 'Ran mock interviews and resume reviews']]] },
  { orgs: L('{City} Youth Soccer League, Special Olympics, {City} Little League @US, {City} Junior Basketball'),
    roles: [['Youth Coach',
      ['Coached a team of {#10-18} players aged {#8-14}', 'Organized practices, match schedules and end-of-season events']],
      ['Event Volunteer', ['Helped run tournaments for {#100-400} athletes and their families']]] },
  { orgs: L('Habitat for Humanity, Rebuilding Together @US'),
    roles: [['Build Volunteer',
      ['Worked on {#3-12} home builds and repairs for low-income families', 'Led small crews on framing and drywall days']]] },
  { orgs: L('{City} Animal Shelter, RSPCA @GB/AU, SPCA @CA/ZA/SG'),
    roles: [['Volunteer', ['Walked and socialized dogs twice a week', 'Helped at adoption events that placed {#20-80} animals']]] },
  { orgs: L('Rotary Club, Lions Club, {City} Community Foundation, Médecins Sans Frontières, UNICEF, Oxfam @GB/IE/AU'),
    roles: [['Event Volunteer',
      ['Coordinated {#10-40} volunteers for an annual fundraising {walk|gala|5K}', 'Helped raise {$5-60}K for local programs']],
      ['Board Member',
        ['Served on the board and chaired the finance committee', 'Led a plan that grew the volunteer base by {%20-60}'], 'senior']] },
];

export const LEADER_AWARDS = [
  ['Leadership Excellence Award', '{company}'], ['President’s Award', '{company}'], ['40 Under 40', '{City} Business Journal'],
  ['Community Leadership Award', '{City} Chamber of Commerce'], ['Executive of the Year', '{City} Business Journal'],
];

export const GENERIC_AWARDS = [
  ['Employee of the Month', '{company}'], ['Employee of the Year', '{company}'], ['Excellence in Service Award', '{company}'],
  ['Team Player Award', '{company}'], ['Spot Award', '{company}'], ['Above and Beyond Award', '{company}'],
];

/** Ways people describe how well they speak a language; one family per person. */
export const FLUENCY = {
  words: { native: ['Native', 'Native speaker', 'Mother tongue', 'First language'], 5: ['Fluent', 'Bilingual'], 4: ['Fluent', 'Advanced'],
    3: ['Conversational', 'Intermediate'], 2: ['Basic', 'Elementary'], 1: ['Beginner', 'Basic'] },
  linkedin: { native: ['Native or bilingual proficiency'], 5: ['Native or bilingual proficiency', 'Full professional proficiency'],
    4: ['Full professional proficiency', 'Professional working proficiency'],
    3: ['Professional working proficiency', 'Limited working proficiency'], 2: ['Limited working proficiency', 'Elementary proficiency'],
    1: ['Elementary proficiency'] },
  cefr: { native: ['Native', 'Mother tongue', 'C2 (native)'], 5: ['C2'], 4: ['C1'], 3: ['B2', 'B1'], 2: ['A2', 'B1'], 1: ['A1', 'A2'] },
};

/** Languages people learn at school or for work, by how common they are. */
export const SECOND_LANGUAGES = [['Spanish', 5], ['French', 5], ['German', 3], ['Italian', 1.5], ['Portuguese', 1.5], ['Mandarin', 1.5],
  ['Japanese', 1.5],
  ['Arabic', 1], ['Russian', 1], ['Korean', 1], ['Dutch', 0.5], ['Swahili', 0.3], ['English', 0]];

/** Made-up mail domains that read as fictional. */
export const FICTIONAL_MAIL = ['example.com', 'example.org', 'example.net', 'mail.example', 'inbox.example.org', 'mailbox.example',
  'post.example', 'email.example.com'];

/** Words for invented company names: "Summit Plumbing", "Harbor & Vine". */
export const PLACE_WORDS = L(`
  Summit, Harbor, Keystone, Northgate, Bluewater, Ironwood, Cedar, Pinnacle, Redwood, Lakeshore, Granite, Meridian, Crescent, Beacon,
  Silverline, Evergreen, Prairie, Coastal, Heritage, Liberty, Frontier, Riverbend, Oakridge, Brightwater, Northstar, Westfield, Horizon,
  Copperleaf, Foxglove, Juniper, Alder, Tidewater, Stonebridge, Clearview, Sterling
`);

/** Reference letters: short, in the voice of a former manager. */
export const REFERENCE_TEXTS = [
  '{first} is one of the most reliable people I have managed. I would hire {first} again without hesitation.',
  'I supervised {first} for {#2-5} years. {first} consistently went beyond what the role required and earned the trust of the whole team.',
  '{first} combines strong technical skill with real care for the people {first} works with. Highly recommended.',
  'Working with {first} was a pleasure: organized, calm under pressure and always prepared.',
];

/** Jobs people hold before finding their trade, or while studying. */
export const STARTER_JOBS = ['barista', 'retail-associate', 'warehouse-associate', 'customer-support', 'line-cook', 'admin-assistant'];

/** Part-time, summer and campus jobs for students, with a couple of bullets each. */
export const STUDENT_JOBS = [
  { titles: ['Barista', 'Barista (Part-time)'],
    employers: ['Starbucks', 'Blue Bottle Coffee @US', 'Costa Coffee @GB/IE', 'Tim Hortons @CA', 'Campus Grind Café',
      'Common Ground Coffee'],
    bullets: ['Prepared {#150-300} drinks per shift during the morning rush',
      'Opened the store three mornings a week and handled cash counts', 'Trained {#2-6} new baristas on recipes and drink standards'] },
  { titles: ['Sales Associate', 'Cashier', 'Retail Associate'],
    employers: ['Target @US', 'Walmart @US', 'Tesco @GB', 'Zara', 'H&M', 'Best Buy @US/CA', 'Uniqlo', 'Decathlon', 'Lidl'],
    bullets: ['Served {#100-250} customers per shift at the register and on the floor',
      'Restocked shelves and kept the department ready for weekend traffic', 'Reached {%105-130} of the store’s loyalty sign-up target'] },
  { titles: ['Server', 'Host', 'Server / Host'],
    employers: ['Olive Garden @US', 'The Cheesecake Factory @US', 'Nando’s @GB/AU/ZA', 'Harbor & Vine Bistro', 'Luna Trattoria',
      'The Copper Kettle'],
    bullets: ['Served tables of up to {#8-14} guests in a {#80-200}-seat restaurant',
      'Handled reservations and the waitlist on busy weekend nights'] },
  { titles: ['Peer Tutor', 'Math Tutor', 'Writing Center Tutor'],
    employers: ['{School} Learning Center', '{School} Writing Center', 'Varsity Tutors @US', 'Kumon'],
    bullets: ['Tutored {#10-40} students per term in {calculus|statistics|academic writing|chemistry}',
      'Ran weekly review sessions before midterms and finals'] },
  { titles: ['Resident Assistant', 'Orientation Leader', 'Student Ambassador'],
    employers: ['{School}', '{School} Housing & Residence Life'],
    bullets: ['Supported {#30-60} first-year residents on a residence hall floor', 'Planned {#4-10} community events per semester'] },
  { titles: ['Library Assistant', 'Student Assistant'],
    employers: ['{School} Libraries', '{School} Career Services', '{School} IT Help Desk'],
    bullets: ['Answered {#20-60} front-desk questions per shift', 'Processed returns and shelved {#200-500} items per week'] },
  { titles: ['Lifeguard', 'Camp Counselor', 'Swim Instructor'],
    employers: ['YMCA', '{City} Parks & Recreation', 'Camp Woodland', 'Lakeside Aquatic Center'],
    bullets: ['Supervised up to {#40-120} swimmers per shift', 'Led daily activities for a group of {#8-15} campers aged {#7-12}'] },
  { titles: ['Delivery Driver', 'Warehouse Associate (Seasonal)'],
    employers: ['Amazon', 'UPS @US/CA', 'DHL', 'Domino’s Pizza', 'Deliveroo @GB/FR/IE'],
    bullets: ['Completed {#20-40} deliveries per shift with a {%97-99} on-time rate',
      'Picked and packed {#100-300} orders per shift at peak'] },
];

export const STUDENT_AWARDS = [
  ['Dean’s List', '{School}'], ['Merit Scholarship', '{School}'], ['{field} Department Award', '{School}'],
  ['President’s Honor Roll', '{School} @US'],
  ['National Merit Scholar', 'National Merit Scholarship Corporation @US'],
  ['Erasmus+ Mobility Grant', 'European Commission @DE/FR/ES/IT/NL/PL/CZ/SE/NO'],
  ['First Place, Regional Case Competition', '{School} Business Society'],
  ['Best Poster Award', '{School} Undergraduate Research Symposium'],
];

/** Awards for researchers; those marked 'phd' were won during the doctorate and are dated then. */
export const ACADEMIC_AWARDS = [
  ['Best Paper Award', '{venue}'], ['Outstanding Dissertation Award', '{School}', 'phd'], ['Early Career Researcher Award', '{company}'],
  ['Teaching Excellence Award', '{company}'],
  ['NSF Graduate Research Fellowship', 'National Science Foundation @US', 'phd'],
  ['Marie Skłodowska-Curie Postdoctoral Fellowship', 'European Commission @DE/FR/ES/IT/NL/PL/CZ/SE/NO/GB/IE'],
  ['ERC Starting Grant', 'European Research Council @DE/FR/ES/IT/NL/PL/CZ/SE/NO'],
  ['Humboldt Research Fellowship', 'Alexander von Humboldt Foundation @DE'],
  ['Vanier Canada Graduate Scholarship', 'Government of Canada @CA', 'phd'], ['Student Travel Award', '{Meeting}', 'phd'],
  ['Research Excellence Award', '{company}'],
];

/** Summaries students write; {Year} is "First", "Second", … */
export const STUDENT_SUMMARIES = {
  studying: [
    '{Year}-year {field} student at {School}{, seeking a summer internship| looking for a co-op placement| seeking part-time work|}.',
    '{Motivated|Curious|Hardworking} {field} student with coursework in {course} and {course}.',
    'Aspiring {aspire} studying {field} at {School}.',
    '{field} undergraduate with hands-on experience in {skill} and {skill}.',
  ],
  graduated: [
    'Recent {field} graduate from {School} {seeking|looking for} an entry-level {aspire} role.',
    '{field} graduate with internship experience and coursework in {course} and {course}.',
  ],
};

export const AWARD_SUMMARIES = [
  'Recognized for {focus}.', 'One of {#3-12} recipients {company-wide|across the region|that year}.', 'Selected from {#40-400} nominees.',
  'Awarded for outstanding {focus}.',
];

export const PROJECT_HIGHLIGHTS = [
  '{Reached|Grew to} {#100-5000} {monthly users|downloads|stars on GitHub}',
  'Presented at {a regional meetup|the department showcase|a student conference}',
  'Built with a team of {#2-5}', 'Wrote the documentation and a getting-started guide',
  'Featured in a {university|local|community} newsletter',
];

/** Other ways people name some languages. */
export const LANGUAGE_NAMES = {
  Mandarin: ['Mandarin', 'Mandarin Chinese', 'Chinese (Mandarin)'], Cantonese: ['Cantonese', 'Chinese (Cantonese)'],
  Tagalog: ['Tagalog', 'Filipino'],
  isiZulu: ['isiZulu', 'Zulu'], Twi: ['Twi', 'Akan (Twi)'],
};

/** Clauses that lengthen a bullet; {partners} is who the sector works with. */
export const BULLET_TAILS = [
  ', working closely with {partners}',
  ', in close partnership with {partners} and {partners}',
  ', coordinating with {partners} throughout',
];
