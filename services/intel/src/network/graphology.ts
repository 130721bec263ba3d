/**
 * The graph library's functions, typed as Node loads them. These packages are CommonJS that assign
 * one function to `module.exports` but declare it as an ES default export, so under NodeNext the
 * types put it one level down (`.default`) while Node hands over the function itself.
 */
import louvainModule from 'graphology-communities-louvain';

export { UndirectedGraph } from 'graphology';

export const louvain = louvainModule as unknown as typeof louvainModule.default;
