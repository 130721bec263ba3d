import { mutationShard } from './support/access-matrix.js';

// Every mutation of the API attempted by every reach × role × clearance × caveat against a SECRET
// case carrying the SENSITIVE caveat (below, at and above it; caveat held and missing): each attempt
// must succeed or be refused as its spec (support/mutation-specs.ts) says, leaving exactly its audit
// event, or none. One third of the specs here; the others in the sibling files, run side by side.
mutationShard(0, 3);
