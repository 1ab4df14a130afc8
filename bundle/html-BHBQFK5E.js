import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{c as a,d as b,e as c}from"./chunk-LCMPFKH4.js";import"./chunk-IZPJJBDJ.js";import"./chunk-UGMEMXP5.js";import"./chunk-JHDZB2XH.js";import"./chunk-GH2HIFF3.js";import"./chunk-TFOBCW2O.js";import"./chunk-PBBYACX6.js";export{c as example,a as htmlBody,b as writeHtml};
