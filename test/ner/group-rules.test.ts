import { describe, expect, it } from 'vitest';
import { GROUP_RULES, groupRuleFor, isGroup } from '../../src/ner/group-rules.js';

describe('organisation or group', () => {
  it.each([
    [['Taliban'], 'group:militant-name'],
    [['the', 'Taliban'], 'group:militant-name'],
    [['al-Qaeda'], 'group:militant-name'],
    [['Commandos', 'of', 'the', 'Revolution'], 'group:armed-formation'],
    [['Al-Aqsa', 'Martyrs', 'Brigades'], 'group:armed-formation'],
    [['Polisario', 'Front'], 'group:front-or-movement'],
    [['Tamil', 'rebels'], 'group:insurgent-word'],
  ])('%j is a group by %s', (tokens, id) => {
    expect(groupRuleFor(tokens)?.id).toBe(id);
  });

  it.each([[['Pentagon']], [['Syrian', 'army']], [['CNN']], [['European', 'Commission']], [['Hamburg']]])('%j stays an organisation', (tokens) => {
    expect(isGroup(tokens)).toBe(false);
  });

  it('gives every rule an id and a reason', () => {
    for (const rule of GROUP_RULES) {
      expect(rule.id).toMatch(/^group:/);
      expect(rule.reason.length).toBeGreaterThan(10);
    }
    expect(new Set(GROUP_RULES.map((r) => r.id)).size).toBe(GROUP_RULES.length);
  });
});
