// Keys grouped into nodes by accepted merges (union-find), refusing any
// union that would put a rejected pair, or two people with different full
// names, into one node: evidence between two keys must not chain two
// different people together through a third.
import type { KeyProfile } from './types.js';
import { samePersonName } from './compatible.js';

export interface Edge {
  from: string;
  into: string;
  rule: string;
  reason: string;
  score: number;
}

export class Components {
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, string[]>();
  private readonly rejectedWith = new Map<string, string[]>();
  readonly edges: Edge[] = [];

  constructor(
    private readonly profiles: ReadonlyMap<string, KeyProfile>,
    rejected: ReadonlySet<string>,
  ) {
    for (const pair of rejected) {
      const [a, b] = pair.split('\u0000') as [string, string];
      this.rejectedWith.set(a, [...(this.rejectedWith.get(a) ?? []), b]);
      this.rejectedWith.set(b, [...(this.rejectedWith.get(b) ?? []), a]);
    }
  }

  find(key: string): string {
    let root = key;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    // Path compression keeps later finds short.
    for (let k = key; k !== root; ) {
      const next = this.parent.get(k)!;
      this.parent.set(k, root);
      k = next;
    }
    return root;
  }

  membersOf(root: string): string[] {
    return this.members.get(root) ?? [root];
  }

  /** Joins the two keys' nodes unless a rule forbids it; true when they are (now) one. */
  join(edge: Edge, options: { checkPeople: boolean }): boolean {
    const [a, b] = [this.find(edge.from), this.find(edge.into)];
    if (a === b) return true;
    const [small, large] = this.membersOf(a).length <= this.membersOf(b).length ? [a, b] : [b, a];
    if (this.rejectedAcross(small, large)) return false;
    if (options.checkPeople && !this.peopleAgree(small, large)) return false;
    this.parent.set(small, large);
    this.members.set(large, [...this.membersOf(large), ...this.membersOf(small)]);
    this.members.delete(small);
    this.edges.push(edge);
    return true;
  }

  private rejectedAcross(small: string, large: string): boolean {
    for (const key of this.membersOf(small)) for (const other of this.rejectedWith.get(key) ?? []) if (this.find(other) === large) return true;
    return false;
  }

  private peopleAgree(x: string, y: string): boolean {
    const fullNames = (root: string) =>
      this.membersOf(root)
        .map((k) => this.profiles.get(k))
        .filter((p): p is KeyProfile => p !== undefined && p.type === 'person' && p.labelForms.multiword)
        .map((p) => p.label);
    const ys = fullNames(y);
    return fullNames(x).every((a) => ys.every((b) => samePersonName(a, b)));
  }
}
