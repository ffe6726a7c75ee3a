// Words that stand before a person's name and are not part of it: ranks,
// offices, honorifics. Stripped from the name, kept as evidence of a role.

export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Sir', 'Dame', 'Lord', 'Lady',
  'Rev', 'Rev.', 'Father', 'Sheikh', 'Sheik', 'Imam', 'Rabbi', 'Pope', 'King', 'Queen', 'Prince', 'Princess',
  'President', 'Minister', 'Secretary', 'Chancellor', 'Governor', 'Gov.', 'Mayor', 'Senator',
  'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Ambassador', 'Amb.', 'Judge', 'Justice',
  'General', 'Gen.', 'Lt.', 'Lieutenant', 'Colonel', 'Col.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Commander',
  'Cmdr.', 'Admiral', 'Adm.', 'Sergeant', 'Sgt.', 'Corporal', 'Cpl.', 'Private', 'Pvt.', 'Brig.', 'Brigadier',
  'Marshal', 'Spokesman', 'Spokeswoman', 'Director', 'Chairman', 'Chairwoman', 'CEO',
  'Attorney', 'Officer', 'Secretary-General', 'Director-General', 'Under-Secretary', 'Vice-President', 'Vice-Chancellor',
  'Prosecutor', 'Commissioner', 'Envoy', 'Counsel', 'Inspector', 'Superintendent', 'Premier', 'Emir', 'Sultan',
  'Ayatollah', 'Patriarch', 'Cardinal', 'Archbishop', 'Bishop', 'Administrator',
]);

/**
 * Portfolio words that are part of a title only before one ("Foreign Minister",
 * "Defence Secretary"); elsewhere they are ordinary name words ("World Trade Organization").
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'Foreign', 'Defence', 'Defense', 'Interior', 'Finance', 'Justice', 'Health', 'Economy', 'Trade', 'Energy',
  'Economic', 'Labour', 'Labor', 'Education', 'Culture', 'Transport', 'Environment', 'Agriculture', 'Industry',
  'Home', 'State', 'Treasury', 'Security', 'Intelligence', 'Deputy', 'Prime', 'Vice', 'Chief', 'Field',
  // Courts and offices before a title: "Federal Judge", "Special Counsel", "Competition Commissioner".
  'Federal', 'District', 'Special', 'Public', 'Competition',
  // Party labels before a title: "Democratic Senator X" names no organisation.
  'Democratic', 'Republican', 'Conservative', 'Liberal', 'Socialist',
  // More portfolios, and words that qualify a title ("Senior Sergeant", "Crown Prince", "his Majesty King"):
  // before a title each was read as the organisation the person serves.
  'Information', 'Housing', 'Investment', 'Internal', 'Communications', 'Planning', 'Tourism', 'Petroleum', 'Mines',
  'Fisheries', 'Sports', 'Youth', 'Social', 'Welfare', 'Immigration', 'Commerce', 'Development', 'Science',
  'Affairs', 'Legal', 'Lands', 'Commonwealth', 'Overseas', 'Crown', 'Senior', 'Former', 'Acting', 'Interim', 'Assistant', 'Majesty', 'Highness', 'Royal',
  // Portfolios of today's British and European cabinets ("Business Secretary", "Work and Pensions Secretary").
  'Business', 'Work', 'Pensions', 'Digital', 'Technology', 'Climate', 'Levelling', 'Northern', 'Scottish', 'Welsh', 'Cabinet',
]);

/** Lowercase role nouns in appositions ("Ryan Dillon, a coalition spokesman"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'commander', 'leader', 'chief', 'head', 'minister',
  'president', 'director', 'officer', 'adviser', 'advisor', 'analyst', 'researcher', 'reporter', 'correspondent',
  'editor', 'member', 'founder', 'chairman', 'ambassador', 'envoy', 'general', 'colonel', 'secretary', 'governor',
  'mayor', 'senator', 'lawmaker', 'diplomat', 'representative', 'negotiator', 'fighter', 'soldier', 'employee',
  'chair', 'chairwoman', 'ceo', 'executive', 'chief executive', 'vice president', 'secretary-general', 'economist',
  'strategist', 'lawyer', 'attorney', 'prosecutor', 'judge', 'coach', 'manager', 'partner', 'co-founder',
  'chairperson', 'co-leader', 'co-chair', 'co-chairman', 'director-general', 'boss', 'assassin', 'killer', 'gunman', 'comptroller', 'treasurer', 'professor', 'instructor', 'engineer', 'consultant', 'major', 'captain', 'sergeant', 'lieutenant', 'pilot', 'columnist', 'producer', 'scientist', 'worker', 'staffer', 'aide',
]);

/**
 * Family nouns that stand before a relative's name ("his wife Brigitte",
 * "Modi's mother Heeraben"). Not "partner": a business partner is as often a firm.
 */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow', 'widower', 'uncle', 'aunt',
  'nephew', 'niece', 'cousin', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'stepson', 'stepdaughter',
  'stepfather', 'stepmother', 'fiancee', 'fiancée', 'fiance', 'fiancé', 'spouse', 'half-brother', 'half-sister',
]);
