import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
