// Capitalised words that are not names: sentence openers, pronouns, months
// and weekdays. A name chunk never starts with one of these.

export const COMMON_CAPITALS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She', 'His', 'Her',
  'They', 'Their', 'We', 'Our', 'I', 'You', 'Your', 'My', 'Me', 'Us', 'Who', 'What', 'When', 'Where', 'Why', 'How',
  'Which', 'Whose', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'With', 'Without', 'Of', 'Off', 'Into', 'Onto',
  'Over', 'Under', 'After', 'Before', 'Since', 'Until', 'During', 'Despite', 'Except', 'Unlike', 'Like', 'As',
  'And', 'But', 'Or', 'Nor', 'So', 'Yet', 'If', 'While', 'Although', 'Though', 'Because', 'Thus', 'Then', 'Also',
  'However', 'Meanwhile', 'Many', 'Most', 'Some', 'Several', 'Few', 'All', 'Both', 'Each', 'Every', 'No', 'Not',
  'One', 'Two', 'Three', 'Last', 'Next', 'First', 'Second', 'Third', 'Other', 'Another', 'Such', 'More', 'Less',
  'Only', 'Even', 'Still', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Earlier', 'Later', 'According', 'Asked',
  'Featured', 'Read', 'See', 'Click', 'Share', 'Follow', 'Related', 'Update', 'Updated', 'Editor', 'Note',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mr', 'Mrs', 'Ms',
  'Region', 'Theme', 'Report', 'Photo', 'Image', 'Source', 'Sources', 'Copyright', 'Disclaimer',
  // Words that open a sentence before a title or a name ("Former Post Office chief executive ...").
  'Former', 'Outgoing', 'Incoming', 'Acting', 'Interim', 'Jailed', 'Exiled', 'Ousted', 'Embattled', 'Disgraced',
]);

/**
 * Words in capitals that name no actor, whichever finder proposes them: time
 * zones and wire-desk labels ("GMT", "UPDATE"), honours after a name ("her
 * CBE"), roles and measures ("CEO", "MP", "GDP").
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'BST', 'CET', 'CEST', 'AM', 'PM', 'NOTE', 'ENDS', 'UPDATE', 'CORRECTED', 'RPT',
  'CBE', 'OBE', 'MBE', 'KBE', 'DBE', 'GBE', 'QC', 'KC',
  'CEO', 'CFO', 'COO', 'MP', 'MPs', 'MEP', 'MEPs', 'GDP', 'VAT', 'AI', 'PhD',
]);

/**
 * Kinds written with capitals, which the model reads as a person's name: an
 * industry ("Big Tech") or one soldier of a unit ("a retired Army Green
 * Beret"). A name that is one of these, or ends in one, names no actor.
 */
export const CAPITALISED_KINDS: readonly string[] = ['Big Tech', 'Big Pharma', 'Big Oil', 'Big Tobacco', 'Green Beret', 'Navy SEAL'];

export function isCapitalisedKind(name: string): boolean {
  return CAPITALISED_KINDS.some((kind) => name === kind || name.endsWith(` ${kind}`));
}
