import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{a,b,c,d,e,f,g,h,i}from"./chunk-RLTYPI2P.js";import"./chunk-PBBYACX6.js";export{a as KNOWN_EXPENSE_LINES,b as PAYMENT_METHODS,f as budgetLines,e as lineKey,h as lineRefKey,i as lineRefKeys,c as paymentMethod,d as resolveLine,g as resolveLineRef};
