// Words that end in a full stop without ending the sentence. Data, not code:
// extend the lists, not the splitter.

/** Titles and ranks that precede a name ("Col. Ryan Dillon", "Dr. Smith"). */
export const TITLE_ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Rev', 'Fr', 'Hon', 'Pres', 'Gov', 'Sen', 'Rep',
  'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Cmdr', 'Cdr', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Brig', 'Insp', 'Supt',
  'Amb', 'Atty', 'Gen', 'Mgr', 'Msgr',
] as const;

/** Other abbreviations that rarely end a sentence. */
export const OTHER_ABBREVIATIONS = [
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'No', 'Nos', 'vs', 'v', 'etc', 'approx', 'est', 'dept', 'Dept', 'Co', 'Corp', 'Inc', 'Ltd', 'Bros',
  'Ave', 'Blvd', 'Rd', 'Mt', 'Ft', 'ca', 'cf', 'e.g', 'i.e', 'al', 'fig', 'Fig', 'Vol', 'vol', 'pp', 'p',
] as const;

export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set<string>([
  ...TITLE_ABBREVIATIONS,
  ...OTHER_ABBREVIATIONS,
]);
