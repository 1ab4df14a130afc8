import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
var s={ok:0,dataErrors:1,usage:2},o=class extends Error{exitCode=1};export{s as a,o as b};
