import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{createRequire as r}from"node:module";function i(){return r(import.meta.url)("../package.json").version}export{i as a};
