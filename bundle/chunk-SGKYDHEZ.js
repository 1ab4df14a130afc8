import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
var e={text:"file:line:col severity message [rule], with the source line and a caret",json:"machine-readable; see docs/validate-json.md",github:"GitHub Actions annotations for pull requests"},t=Object.keys(e);export{e as a,t as b};
