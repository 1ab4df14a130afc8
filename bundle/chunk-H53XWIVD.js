import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
var e=class extends Error{exitCode=2};export{e as a};
