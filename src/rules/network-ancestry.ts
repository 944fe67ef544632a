/** Rule family: no network is its own ancestor (through "parent" links). */
import { quote } from '../validate-input.js';
import { present, str, type LooseDocument, type LooseRecord, type RuleContext } from './context.js';

export function checkNetworkAncestry(ctx: RuleContext, networks: LooseDocument['networks'], networkById: ReadonlyMap<string, LooseRecord<'networks'>>): void {
  const inReportedCycle = new Set<string>();
  for (const [n, i] of present(networks)) {
    if (!str(n.id) || !str(n.parent) || inReportedCycle.has(n.id)) continue;
    const chain: string[] = [n.id];
    const visited = new Set(chain);
    let cur = networkById.get(n.parent);
    while (cur && str(cur.id)) {
      if (cur.id === n.id) {
        chain.forEach((id) => inReportedCycle.add(id));
        ctx.report(['networks', i, 'parent'], `network ${quote(n.id)} is its own ancestor: ${[...chain, n.id].join(' → ')}; remove one of these "parent" links`);
        break;
      }
      if (visited.has(cur.id)) break; // a cycle further up, reported from one of its own networks
      chain.push(cur.id);
      visited.add(cur.id);
      cur = str(cur.parent) ? networkById.get(cur.parent) : undefined;
    }
  }
}
