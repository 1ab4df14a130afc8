import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{a,b,c,d,e}from"./chunk-ASTI5J4D.js";import"./chunk-RLTYPI2P.js";import"./chunk-VQDYMLMG.js";import"./chunk-PBBYACX6.js";export{e as expenseDisclosure,a as expenseEntries,c as expenseList,d as expenseSummary,b as namesBudgetLine};
