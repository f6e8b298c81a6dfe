// JSON Resume v1.0.0 (https://jsonresume.org/schema), as the backend stores it.
// Every field is optional. Dates are ISO 8601 strings: YYYY-MM-DD, YYYY-MM or YYYY;
// an entry without endDate is ongoing.

/** An ISO 8601 date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type IsoPartialDate = string

export interface Location {
  address?: string | null
  postalCode?: string | null
  city?: string | null
  countryCode?: string | null
  region?: string | null
}

export interface Profile {
  network?: string | null
  username?: string | null
  url?: string | null
}

export interface Basics {
  name?: string | null
  label?: string | null
  image?: string | null
  email?: string | null
  phone?: string | null
  url?: string | null
  summary?: string | null
  location?: Location | null
  profiles?: Profile[]
}

export interface Work {
  name?: string | null
  location?: string | null
  description?: string | null
  position?: string | null
  url?: string | null
  startDate?: IsoPartialDate | null
  endDate?: IsoPartialDate | null
  /** The dates as the resume wrote them ("Summer 2012 and 2013"), exported while they match the dates above. */
  datesAsWritten?: string | null
  summary?: string | null
  highlights?: string[]
}

export interface Volunteer {
  organization?: string | null
  position?: string | null
  url?: string | null
  startDate?: IsoPartialDate | null
  endDate?: IsoPartialDate | null
  /** The dates as the resume wrote them ("Summer 2012 and 2013"), exported while they match the dates above. */
  datesAsWritten?: string | null
  summary?: string | null
  highlights?: string[]
}

export interface Education {
  institution?: string | null
  url?: string | null
  area?: string | null
  studyType?: string | null
  startDate?: IsoPartialDate | null
  endDate?: IsoPartialDate | null
  /** The dates as the resume wrote them ("Summer 2012 and 2013"), exported while they match the dates above. */
  datesAsWritten?: string | null
  score?: string | null
  courses?: string[]
}

export interface Award {
  title?: string | null
  date?: IsoPartialDate | null
  awarder?: string | null
  summary?: string | null
}

export interface Certificate {
  name?: string | null
  date?: IsoPartialDate | null
  url?: string | null
  issuer?: string | null
}

export interface Publication {
  name?: string | null
  publisher?: string | null
  releaseDate?: IsoPartialDate | null
  url?: string | null
  summary?: string | null
}

export interface Skill {
  name?: string | null
  level?: string | null
  keywords?: string[]
}

export interface Language {
  language?: string | null
  fluency?: string | null
}

export interface Interest {
  name?: string | null
  keywords?: string[]
}

export interface Reference {
  name?: string | null
  reference?: string | null
}

export interface Project {
  name?: string | null
  description?: string | null
  highlights?: string[]
  keywords?: string[]
  startDate?: IsoPartialDate | null
  endDate?: IsoPartialDate | null
  /** The dates as the resume wrote them ("Summer 2012 and 2013"), exported while they match the dates above. */
  datesAsWritten?: string | null
  url?: string | null
  roles?: string[]
  entity?: string | null
  type?: string | null
}

export interface ResumeMeta {
  canonical?: string | null
  version?: string | null
  lastModified?: string | null
}

export interface JsonResume {
  basics?: Basics | null
  work?: Work[]
  volunteer?: Volunteer[]
  education?: Education[]
  awards?: Award[]
  certificates?: Certificate[]
  publications?: Publication[]
  skills?: Skill[]
  languages?: Language[]
  interests?: Interest[]
  references?: Reference[]
  projects?: Project[]
  meta?: ResumeMeta | null
}
