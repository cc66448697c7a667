// temporary: compares a database's merged views with a from-scratch computation
const base = '/work/wt-qscale/dist/src/';

const { openStore } = await import(base + 'store/open.js');
const { loadReconcileInputs } = await import(base + 'pipeline/reconcile-store.js');
const { mergeIncidents } = await import(base + 'reconcile/incidents.js');
const { groupClaims } = await import(base + 'reconcile/claim-groups.js');
const { resolveEntities } = await import(base + 'reconcile/entities.js');
const store = await openStore(process.argv[2], { readonly: true });
const inputs = await loadReconcileInputs(store);
const eq = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const inc = await store.derived('incidents'), g = await store.derived('claim_groups'), en = await store.derived('entities');
console.log('incidents', inc.length, eq(inc, mergeIncidents(inputs.events)), 'groups', g.length, eq(g, groupClaims(inputs.claims)), 'entities', en.length, eq(en, resolveEntities(inputs.mentions)));
await store.close();
