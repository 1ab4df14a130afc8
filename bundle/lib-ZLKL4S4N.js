import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{f as a}from"./chunk-OBIS7ZKF.js";import"./chunk-PBBYACX6.js";export default a();
