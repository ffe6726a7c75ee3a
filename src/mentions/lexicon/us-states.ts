// US states and the abbreviations American news writes after a city
// ("Aiken, S.C.", "Sacramento, Calif."). Without them an article's "N.J."
// and "New Jersey" are two nodes, and "S.C." stays a bare code.
//
// Only forms that name the state and nothing else are listed. Left out, each
// for a reason: postal codes (IN, OR, ME, OK and HI are words); "Ga." and
// "Georgia", which the country keeps; "Washington", the capital in most news
// ("Wash." goes to "Washington State" instead); and abbreviations that are
// also words, titles or given names once the tokenizer takes the full stop
// off ("Ill", "Miss", "Mass", "La", "Del", "Ind", "Mo", "Md", "Ala", "Kan",
// "Ark", "Conn", "Mont", "Tex", "Me").

export interface UsState {
  name: string;
  /** Abbreviations as tokens: dotted forms with and without the final stop a sentence end takes. */
  abbreviations: readonly string[];
}

/** "N.J." → ["N.J.", "N.J"]: a sentence that ends on it leaves the last stop to the sentence. */
const dotted = (form: string): string[] => [form, form.slice(0, -1)];

export const US_STATES: readonly UsState[] = [
  { name: 'Alabama', abbreviations: [] },
  { name: 'Alaska', abbreviations: [] },
  { name: 'Arizona', abbreviations: ['Ariz'] },
  { name: 'Arkansas', abbreviations: [] },
  { name: 'California', abbreviations: ['Calif'] },
  { name: 'Colorado', abbreviations: ['Colo'] },
  { name: 'Connecticut', abbreviations: [] },
  { name: 'Delaware', abbreviations: [] },
  { name: 'Florida', abbreviations: ['Fla'] },
  { name: 'Hawaii', abbreviations: [] },
  { name: 'Idaho', abbreviations: [] },
  { name: 'Illinois', abbreviations: [] },
  { name: 'Indiana', abbreviations: [] },
  { name: 'Iowa', abbreviations: [] },
  { name: 'Kansas', abbreviations: ['Kans'] },
  { name: 'Kentucky', abbreviations: ['Ky'] },
  { name: 'Louisiana', abbreviations: [] },
  { name: 'Maine', abbreviations: [] },
  { name: 'Maryland', abbreviations: [] },
  { name: 'Massachusetts', abbreviations: [] },
  { name: 'Michigan', abbreviations: ['Mich'] },
  { name: 'Minnesota', abbreviations: ['Minn'] },
  { name: 'Mississippi', abbreviations: [] },
  { name: 'Missouri', abbreviations: [] },
  { name: 'Montana', abbreviations: [] },
  { name: 'Nebraska', abbreviations: ['Neb', 'Nebr'] },
  { name: 'Nevada', abbreviations: ['Nev'] },
  { name: 'New Hampshire', abbreviations: dotted('N.H.') },
  { name: 'New Jersey', abbreviations: dotted('N.J.') },
  { name: 'New Mexico', abbreviations: dotted('N.M.') },
  { name: 'New York', abbreviations: dotted('N.Y.') },
  { name: 'North Carolina', abbreviations: dotted('N.C.') },
  { name: 'North Dakota', abbreviations: dotted('N.D.') },
  { name: 'Ohio', abbreviations: [] },
  { name: 'Oklahoma', abbreviations: ['Okla'] },
  { name: 'Oregon', abbreviations: ['Ore'] },
  { name: 'Pennsylvania', abbreviations: ['Pa'] },
  { name: 'Rhode Island', abbreviations: dotted('R.I.') },
  { name: 'South Carolina', abbreviations: dotted('S.C.') },
  { name: 'South Dakota', abbreviations: dotted('S.D.') },
  { name: 'Tennessee', abbreviations: ['Tenn'] },
  { name: 'Texas', abbreviations: [] },
  { name: 'Utah', abbreviations: [] },
  { name: 'Vermont', abbreviations: ['Vt'] },
  { name: 'Virginia', abbreviations: ['Va'] },
  { name: 'Washington State', abbreviations: ['Wash'] },
  { name: 'West Virginia', abbreviations: dotted('W.Va.') },
  { name: 'Wisconsin', abbreviations: ['Wis'] },
  { name: 'Wyoming', abbreviations: ['Wyo'] },
];

/** "Washington, D.C.": the capital, not a state. */
export const CAPITAL_DISTRICT: UsState = { name: 'Washington', abbreviations: dotted('D.C.') };
