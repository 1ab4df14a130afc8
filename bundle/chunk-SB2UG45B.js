import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
var e;function r(n){e=n}function d(){return e}export{r as a,d as b};
