import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
var i="mayor-office.yaml";function t(n){let e=[n.LC_ALL,n.LC_MESSAGES,n.LANG].find(o=>o!==void 0&&o!=="");if(!(e===void 0||/^(C|POSIX)([._@]|$)/i.test(e)))return/^ko([_.@-]|$)/i.test(e)?"ko":"en"}export{i as a,t as b};
