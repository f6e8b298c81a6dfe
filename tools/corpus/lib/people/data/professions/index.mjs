// Every profession the people generator can draw. Each is a plain object:
//
//   id, sector           sector picks defaults from ../common.mjs SECTORS (links, section chances, adjectives)
//   share                how many slots it takes in the even rotation (default 1)
//   levels               levels a person of this profession can be at (default: every level in titles)
//   titles               job titles by level (student, entry, mid, senior, lead, exec); earlier jobs step down the ladder
//   intern               internship titles for new graduates' earlier entries
//   labels               basics.label forms when they differ from the current title ({title} is the current title)
//   noun, team, domain, focus   phrases for summaries and bullets
//   fields               variants a person is given one of (nurse's unit, teacher's subject, academic's field, student's
//                        major): a string or an object whose keys become template variables
//   employers, patterns  fixed employer names, and name patterns ({S} a local surname, {P} a place word, {City},
//                        {Co} a local company suffix); either may be keyed by country code with '*' as the default
//   orgs, duties         role summaries: a description of an (invented) employer, or of the role (default: common.mjs)
//   partners             who this profession works with, for long bullets (default: the sector's)
//   roles                [min, max] work entries, when the level's default does not suit (postdocs hold few posts)
//   bullets, juniorBullets, seniorBullets, leadBullets   highlights for any level, entry level, senior and up, lead and up
//   skills               skill groups; "{var}" alone expands to all of a variable's values
//   certs                [name, issuer, where]: where holds "@US/CA" countries and ">mid" the lowest level
//   edu                  education paths (a list, or lists keyed by country): steps joined by " + ", each "level:Area|Area";
//                        ">" marks a degree taken mid-career. Levels: hs, cert, trade, assoc, bachelor, master, mba, phd, jd, llm,
//                        md, pharmd, dds, dpt, teach
//   schools              institutions by education level that suit the trade (e.g. apprenticeship programs)
//   sections, links      per-profession chances overriding the sector's
//   projects, awards     templates for those sections (awards: [title, awarder]; a profession's list replaces the generic one)
//   mode                 'student' or 'phd' for people still studying; schoolRoles: jobs held during the last degree
//   pubs                 'field' (the person's research field) or a RESEARCH_FIELDS key, for publications

import trades from './trades.mjs';
import health from './health.mjs';
import education from './education.mjs';
import services from './services.mjs';
import business from './business.mjs';
import techDesign from './tech-design.mjs';

export { RESEARCH_FIELDS } from './education.mjs';

export const PROFESSIONS = [...trades, ...health, ...education, ...services, ...business, ...techDesign];
