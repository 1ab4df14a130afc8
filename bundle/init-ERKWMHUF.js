import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);
import{c as j}from"./chunk-WXYRKHSY.js";import"./chunk-OGIHQKQB.js";import"./chunk-SITSPTAL.js";import"./chunk-J4RRD3LT.js";import{d as T,e as _}from"./chunk-KXWJZP36.js";import{a as g}from"./chunk-5MG5Q4OQ.js";import{a as u}from"./chunk-H53XWIVD.js";import"./chunk-EMLF3G5D.js";import{s as v}from"./chunk-FWLGFWJU.js";import"./chunk-SB2UG45B.js";import"./chunk-LZCWAWUI.js";import"./chunk-ELW2AAX6.js";import{g as E}from"./chunk-KJT7DMDA.js";import"./chunk-RSK472P7.js";import"./chunk-ZC3ROJQP.js";import"./chunk-HDM2AASH.js";import"./chunk-RLTYPI2P.js";import"./chunk-SURW3Z4H.js";import"./chunk-ID7Y6U57.js";import"./chunk-XJ7AKQNF.js";import"./chunk-AXD7A3FB.js";import"./chunk-3WOFILEA.js";import"./chunk-VQDYMLMG.js";import"./chunk-PBBYACX6.js";import{join as xe,resolve as L}from"node:path";import{spawnSync as ke}from"node:child_process";import{existsSync as w,mkdirSync as he,readdirSync as F,realpathSync as D,renameSync as z,rmSync as x,statSync as be,writeFileSync as $e}from"node:fs";import{basename as Se,dirname as G,join as m}from"node:path";var h="schemas",R=[{glob:"data/office.yaml",kind:"office"},{glob:"data/report.yaml",kind:"report"},{glob:"data/budget/*.yaml",kind:"budget"},{glob:"data/expenses/*.yaml",kind:"expenses"},{glob:"data/headcount/*.yaml",kind:"headcount"},{glob:"data/tasks/*.yaml",kind:"task"},{glob:"data/countries.yaml",kind:"countries"},{glob:"data/cities.yaml",kind:"cities"},{glob:"data/events.yaml",kind:"events"},{glob:"data/council.yaml",kind:"council"},{glob:"data/ordinances.yaml",kind:"ordinances"},{glob:"data/taskforces.yaml",kind:"taskforces"}],b=e=>JSON.stringify(e);function Y(e,r){return`# yaml-language-server: $schema=${"../".repeat(e.split("/").length-1)}${h}/${r}`}function A(e){let r=e.year,n=H(e.schemas),t=(o,i,a)=>({path:o,content:`${Y(o,n.fileOf(i))}
${a}`});return[{path:"mayor-office.yaml",content:W()},t("data/office.yaml","office",B(e)),t("data/report.yaml","report",V(e)),t(`data/budget/${r}.yaml`,"budget",X(e)),t(`data/expenses/${r}.yaml`,"expenses",Z(e)),t(`data/headcount/${r}-01-01.yaml`,"headcount",Q(e)),t("data/tasks/1-example.yaml","task",ee(e)),t("data/countries.yaml","countries",te),t("data/cities.yaml","cities",ne),t("data/events.yaml","events",oe),t("data/council.yaml","council",ie),t("data/ordinances.yaml","ordinances",re(e)),t("data/taskforces.yaml","taskforces",ae),...I(n,e).map(o=>t(`data/${o.kind}.yaml`,o.kind,o.body)),...e.schemas.map(o=>({path:`${h}/${o.name}`,content:o.content})),{path:".vscode/settings.json",content:se(n,e)},{path:".vscode/extensions.json",content:$({recommendations:["redhat.vscode-yaml"]})},{path:".github/workflows/mayor-office.yml",content:le(e)},{path:".pre-commit-config.yaml",content:de(e)},{path:"package.json",content:fe(e)},{path:".gitignore",content:`node_modules/
.mayor-office.lock
.mayor-office.*.tmp
`},{path:".gitattributes",content:ue},{path:".editorconfig",content:me},{path:"README.md",content:pe(e)}]}var $=e=>JSON.stringify(e,null,2)+`
`,q=new Set(R.map(e=>e.kind)),P=new Set(["rollup"]);function H(e){let r=new Map;for(let n of e){let t;try{t=JSON.parse(n.content)}catch{continue}let o=t.properties?.kind?.const;typeof o=="string"&&!r.has(o)&&r.set(o,{file:n.name,description:t.description,examples:t.examples})}return{kinds:r,fileOf:n=>r.get(n)?.file??`${n}.schema.json`}}function I(e,r){let n=[];for(let[t,o]of e.kinds){let i=Array.isArray(o.examples)?o.examples[0]:void 0;if(q.has(t)||P.has(t)||i===null||typeof i!="object"||Array.isArray(i))continue;let a=typeof o.description=="string"?`# ${o.description.replace(/\s*\n\s*/g," ")}
`:"";n.push({kind:t,body:a+k(U(i,r),"")})}return n.sort((t,o)=>t.kind<o.kind?-1:t.kind>o.kind?1:0)}var N=/^(\d{4})-(\d{2})(?:-(\d{2}))?$/;function U(e,r){let n=typeof e.office=="string"?e.office:void 0,t=typeof e.fiscal_year=="number"?e.fiscal_year:C(e),o=t===void 0?0:r.year-t,i=(a,s)=>Array.isArray(a)?a.map(c=>i(c,void 0)):a!==null&&typeof a=="object"?Object.fromEntries(Object.entries(a).map(([c,l])=>[c,i(l,c)])):typeof a=="string"?n!==void 0&&a===n?r.id:K(a,o):typeof a=="number"&&a===t&&(s==="fiscal_year"||s==="year")?r.year:a;return i(e,void 0)}function C(e){if(typeof e=="string"){let r=N.exec(e);return r===null?void 0:Number(r[1])}if(!(e===null||typeof e!="object"))for(let r of Object.values(e)){let n=C(r);if(n!==void 0)return n}}function K(e,r){let n=N.exec(e);if(n===null||r===0)return e;let t=Number(n[1])+r;if(t<1||t>9999)return e;let o=t%4===0&&t%100!==0||t%400===0,i=n[3]==="29"&&n[2]==="02"&&!o?"28":n[3];return`${String(t).padStart(4,"0")}-${n[2]}${i===void 0?"":`-${i}`}`}function k(e,r){let n=i=>/^[a-z][a-z0-9-]*$/.test(i)&&!/^(true|false|null|yes|no|on|off|y|n)$/.test(i),t=i=>typeof i=="string"?n(i)?i:b(i):JSON.stringify(i),o=i=>i!==null&&typeof i=="object"&&Object.keys(i).length>0;return Array.isArray(e)?e.map(i=>{if(!o(i))return`${r}- ${Array.isArray(i)?"[]":typeof i=="object"&&i!==null?"{}":t(i)}
`;let a=k(i,`${r}  `);return`${r}- ${a.slice(r.length+2)}`}).join(""):Object.entries(e).map(([i,a])=>o(a)?`${r}${i}:
${k(a,`${r}  `)}`:`${r}${i}: ${Array.isArray(a)?"[]":typeof a=="object"&&a!==null?"{}":t(a)}
`).join("")}function W(){return`# mayor-office \uC124\uC815. \uC774 \uD30C\uC77C\uC774 \uC788\uB294 \uD3F4\uB354\uAC00 \uAE30\uB85D \uC800\uC7A5\uC18C\uC758 \uB9E8 \uC704\uC785\uB2C8\uB2E4: \uC774 \uD3F4\uB354\uB098 \uADF8 \uC544\uB798
# \uC5B4\uB514\uC5D0\uC11C \uC2E4\uD589\uD574\uB3C4 \uC544\uB798 data \uD3F4\uB354\uC758 \uAE30\uB85D\uC744 \uC77D\uACE0, \uB354 \uC704\uB85C\uB294 \uCC3E\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.
# data: \uAE30\uB85D \uD3F4\uB354 (\uC774 \uD30C\uC77C \uAE30\uC900 \uACBD\uB85C)
data: data
# lang: \uBA54\uC2DC\uC9C0 \uC5B8\uC5B4, ko \uB610\uB294 en. \uC801\uC73C\uBA74 \uBAA8\uB4E0 \uC0AC\uB78C\uC758 \uAE30\uBCF8 \uC5B8\uC5B4\uAC00 \uB429\uB2C8\uB2E4(--lang\uC774 \uC6B0\uC120); \uC801\uC9C0 \uC54A\uC73C\uBA74
# \uAC01\uC790\uC758 \uB85C\uCE98(LANG)\uC744 \uB530\uB974\uACE0, \uB85C\uCE98\uC774 \uB9D0\uD558\uC9C0 \uC54A\uC73C\uBA74 \uD55C\uAD6D\uC5B4\uC785\uB2C8\uB2E4.
# lang: ko
`}function B(e){return`# \uC0AC\uBB34\uC2E4\uACFC \uC8FC\uC694 \uAE30\uB2A5 (\uC8FC\uC694\uC5C5\uBB34\uBCF4\uACE0 \u2160. \uC77C\uBC18\uD604\uD669). \uAE30\uB2A5 \uC81C\uBAA9\uACFC \uC138\uBD80 \uB0B4\uC6A9\uC744 \uBCF4\uACE0\uC11C \uC21C\uC11C\uB300\uB85C \uC501\uB2C8\uB2E4.
# id\uB294 \uB2E4\uB978 \uAE30\uB85D(\uC608\uC0B0, \uC778\uB825, \uBCF4\uACE0\uC11C)\uC774 \uC774 \uC0AC\uBB34\uC2E4\uC744 \uAC00\uB9AC\uD0AC \uB54C \uC4F0\uB294 \uC774\uB984\uC785\uB2C8\uB2E4: \uC601\uBB38 \uC18C\uBB38\uC790, \uC22B\uC790, \uD558\uC774\uD508.
kind: office
id: ${e.id}
name: ${b(e.office)}
city: \uC11C\uC6B8\uD2B9\uBCC4\uC2DC
# council: \uAD6C\uC758\uD68C   # \uC790\uCE58\uAD6C \uC0AC\uBB34\uC2E4\uC774\uBA74: \uD568\uAED8 \uC77C\uD558\uB294 \uC758\uD68C, \uC801\uC9C0 \uC54A\uC73C\uBA74 \uC2DC\uC758\uD68C
functions:
  - title: \uC608\uC2DC \uAE30\uB2A5 \u2014 \uC2E4\uC81C \uAE30\uB2A5 \uC81C\uBAA9\uC73C\uB85C \uBC14\uAFB8\uC138\uC694
    items:
      - \uC138\uBD80 \uB0B4\uC6A9 \uD55C \uC904
`}function V(e){return`# \uC8FC\uC694\uC5C5\uBB34\uBCF4\uACE0 \uD55C \uD638. as_of(\uAE30\uC900\uC77C)\uB294 \uBAA8\uB4E0 \uBA85\uB839\uC758 \uAE30\uBCF8 \uAE30\uC900\uC77C\uC785\uB2C8\uB2E4: \uC624\uB298 \uB0A0\uC9DC\uB97C \uBAB0\uB798 \uC4F0\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.
kind: report
id: ${e.year}-01-work-report
title: \uC8FC\uC694\uC5C5\uBB34\uBCF4\uACE0
issued: ${e.year}-02
office: ${e.id}
fiscal_year: ${e.year}
as_of: ${e.year}-01-31
`}function X(e){return`# ${e.year}\uD68C\uACC4\uC5F0\uB3C4 \uC5C5\uBB34\uCD94\uC9C4\uBE44 \uC608\uC0B0 (\uB2E8\uC704 \uCC9C\uC6D0). \uC794\uC561\uACFC \uC9D1\uD589\uB960\uC740 \uB3C4\uAD6C\uAC00 \uACC4\uC0B0\uD569\uB2C8\uB2E4: \uC801\uC9C0 \uB9C8\uC138\uC694.
# \uC9D1\uD589\uC561\uC740 expenses/\uC758 \uC9C0\uCD9C \uAC74\uC5D0\uC11C \uACC4\uC0B0\uD569\uB2C8\uB2E4. \uBCF4\uACE0\uC11C\uC5D0 \uC801\uD78C \uC9D1\uD589 \uD604\uD669\uC744 \uC62E\uAE38 \uB54C\uB294 snapshots:\uB97C \uB354\uD558\uC138\uC694
# (\uC608: - as_of: ${e.year}-03-31 / lines: [{ line: 203-01, executed: 1234 }]).
kind: budget
office: ${e.id}
fiscal_year: ${e.year}
unit: \uCC9C\uC6D0
lines:
  - code: 203-01
    name: \uAE30\uAD00\uC6B4\uC601\uC5C5\uBB34\uCD94\uC9C4\uBE44
    budget: 12000
  - code: 203-03
    name: \uC2DC\uCC45\uCD94\uC9C4\uC5C5\uBB34\uCD94\uC9C4\uBE44
    budget: 6000
# \uCD94\uACBD\xB7\uC804\uC6A9 \uB4F1\uC740 adjustments:\uC5D0 \uB0A0\uC9DC\uC640 \uD568\uAED8 \uC501\uB2C8\uB2E4 (\uC608: - { date: ${e.year}-04-01, type: \uCD94\uACBD, line: 203-01, amount: 1000, reason: \uC81C1\uD68C \uCD94\uAC00\uACBD\uC815\uC608\uC0B0 }).
`}function Z(e){return`# \uC5C5\uBB34\uCD94\uC9C4\uBE44 \uC9C0\uCD9C \uAC74 (\uB2E8\uC704 \uC6D0). \uD55C \uC904\uC5D0 \uD55C \uAC74, \uB0A0\uC9DC \uC21C\uC11C\uB85C. line\uC740 \uC608\uC0B0 \uAE30\uB85D\uC758 \uD3B8\uC131\uBAA9 \uCF54\uB4DC\uC785\uB2C8\uB2E4.
# \uAE08\uC561\uC740 \uC27C\uD45C \uC5C6\uC774 \uC22B\uC790\uB85C \uC501\uB2C8\uB2E4 (337,200\uC774 \uC544\uB2C8\uB77C 337200).
kind: expenses
fiscal_year: ${e.year}
unit: \uC6D0
entries:
  - { date: ${e.year}-01-15, line: 203-01, amount: 250000, purpose: \uC720\uAD00\uAE30\uAD00 \uC5C5\uBB34\uD611\uC758 \uAC04\uB2F4\uD68C, place: \uC911\uAD6C \uC18C\uC7AC \uC2DD\uB2F9, attendees: \uACFC\uC7A5 \uC678 4\uBA85, payment: \uCE74\uB4DC }
`}function Q(e){return`# \uC778\uB825 \uD604\uD669 (\uB2E8\uC704 \uBA85): \uAE30\uC900\uC77C\uB9C8\uB2E4 \uD30C\uC77C \uD558\uB098. \uC18C\uACC4\xB7\uCD1D\uACC4\uC640 \uACFC\uBD80\uC871(\uD604\uC6D0 \u2212 \uC815\uC6D0)\uC740 \uB3C4\uAD6C\uAC00 \uACC4\uC0B0\uD569\uB2C8\uB2E4.
kind: headcount
office: ${e.id}
as_of: ${e.year}-01-01
unit: \uBA85
tracks:
  - track: \uC77C\uBC18\uC9C1
    grades:
      - { grade: 5\uAE09, quota: 1, current: 1 }
      - { grade: 6\uAE09, quota: 2, current: 2 }
      - { grade: 7\uAE09, quota: 2, current: 1 }
`}function ee(e){return`# \uC8FC\uC694 \uC5C5\uBB34 \uD558\uB098 (\uC8FC\uC694\uC5C5\uBB34\uBCF4\uACE0 \u2161). \uD30C\uC77C \uC774\uB984\uC740 \uBC88\uD638-\uC9E7\uC740-\uC774\uB984.yaml\uB85C \uBD99\uC785\uB2C8\uB2E4.
# sections: directions(\uCD94\uC9C4\uBC29\uD5A5), contents(\uCD94\uC9C4\uB0B4\uC6A9), plans(\uD5A5\uD6C4\uACC4\uD68D). \uACC4\uD68D\uC758 period\uB294 \uBCF4\uACE0\uC11C\uC2DD \uAE30\uAC04
# \uBB38\uAD6C\uB85C \uC501\uB2C8\uB2E4: \uC5F0\uC911 \uACC4\uC18D, \uC0C1\uBC18\uAE30 \uC911, \uD558\uBC18\uAE30, 2\uBD84\uAE30, '${String(e.year).slice(2)}. 5~6\uC6D4 \uC911 \u2026
# \uACC4\uD68D\uC5D0 id\uB97C \uBD99\uC774\uBA74 \uD589\uC0AC(events)\uC640 TF \uB2E8\uACC4(taskforces)\uAC00 plan:\uC73C\uB85C \uAC00\uB9AC\uD0AC \uC218 \uC788\uC2B5\uB2C8\uB2E4.
kind: task
fiscal_year: ${e.year}
number: 1
title: \uC608\uC2DC \uC5C5\uBB34 \u2014 \uC2E4\uC81C \uC5C5\uBB34 \uC81C\uBAA9\uC73C\uB85C \uBC14\uAFB8\uC138\uC694
purpose: \uC5C5\uBB34\uC758 \uBAA9\uC801\uC744 \uD55C \uBB38\uC7A5\uC73C\uB85C \uC501\uB2C8\uB2E4
sections:
  - role: directions
    items:
      - \uCD94\uC9C4\uBC29\uD5A5 \uD55C \uC904
  - role: contents
    items:
      - text: \uCD94\uC9C4\uB0B4\uC6A9 \uD55C \uC904
        children:
          - \uC138\uBD80 \uB0B4\uC6A9
      - ref: council/example-meeting
  - role: plans
    items:
      - id: example-roundtable
        text: \uC608\uC2DC \uAC04\uB2F4\uD68C \uAC1C\uCD5C
        period: \uC0C1\uBC18\uAE30 \uC911
      - id: example-tf-launch
        text: \uC608\uC2DC \uCD94\uC9C4\uB2E8 \uC815\uADDC\uAE30\uAD6C\uD654
        period: \uD558\uBC18\uAE30
`}var te=`# \uAE30\uB85D\uC774 \uAC00\uB9AC\uD0A4\uB294 \uB098\uB77C (ISO 3166-1 \uB450 \uAE00\uC790 \uCF54\uB4DC). \uB3C4\uC2DC\uC640 \uD589\uC0AC\uB294 \uC774 \uCF54\uB4DC\uB85C \uB098\uB77C\uB97C \uC501\uB2C8\uB2E4.
kind: countries
countries:
  - { code: JP, name: \uC77C\uBCF8, name_en: Japan, region: \uC544\uC2DC\uC544 }
`,ne=`# \uCE5C\uC120\xB7\uC6B0\uD638\uB3C4\uC2DC. stated\uB294 \uBCF4\uACE0\uC11C\uC5D0 \uC801\uD78C \uCD1D\uACC4\uC774\uACE0, listing: examples\uB294 \uB3C4\uC2DC \uBAA9\uB85D\uC774 \uC608\uC2DC\uBFD0\uC784\uC744 \uB73B\uD569\uB2C8\uB2E4.
kind: cities
stated:
  cities: 1
  countries: 1
types:
  - type: sister
    name: \uCE5C\uC120\uB3C4\uC2DC
    definition: \uC77C\uC815\uAE30\uAC04 \uC6B0\uD638\uAD50\uB958\uB97C \uBC14\uD0D5\uC73C\uB85C \uC2DC\uC758\uD68C\uC758 \uC758\uACB0\uC744 \uAC70\uCCD0 \uCCB4\uACB0
    council_resolution: true
    stated: 1
  - type: friendship
    name: \uC6B0\uD638\uD611\uB825\uB3C4\uC2DC
    definition: \uCE5C\uC120\uACB0\uC5F0 \u524D \uB2E8\uACC4, \uC2DC\uC758\uD68C\uC758 \uC758\uACB0 \uC5C6\uC774 \uCCB4\uACB0, \uC0AC\uD6C4\uBCF4\uACE0
    council_resolution: false
    stated: 0
listing: examples
cities:
  - { name: \uB3C4\uCFC4, name_en: Tokyo, country: JP, type: sister }
`,oe=`# \uB77C\uC6B4\uB4DC\uD14C\uC774\uBE14\xB7\uC591\uD574\uAC01\uC11C \uAC19\uC740 \uD589\uC0AC. plan\uC740 \uC8FC\uC694 \uC5C5\uBB34\uC758 \uD5A5\uD6C4\uACC4\uD68D id\uB97C \uAC00\uB9AC\uD0A4\uACE0, \uADF8 \uAE30\uAC04\uC774 \uD589\uC0AC \uAE30\uAC04\uC785\uB2C8\uB2E4.
kind: events
events:
  - id: example-roundtable
    type: roundtable
    name: \uC608\uC2DC \uB77C\uC6B4\uB4DC\uD14C\uC774\uBE14 \uD68C\uC758
    host: \uC2DC\uC7A5
    countries: [JP]
    agenda: \uAD50\uB958 \uCD94\uC9C4 \uBC29\uD5A5 \uB17C\uC758
    plan: example-roundtable
    status: planned
`,ie=`# \uC2DC\uC758\uD68C\uC640 \uC77C\uD558\uB294 \uBC29\uC2DD: \uD68C\uC758 \uC885\uB958, \uC8FC\uAE30(cadence: monthly, quarterly, semiannual, annual, as-needed), \uCC38\uC11D\uC790.
kind: council
meetings:
  - id: example-meeting
    name: \uC608\uC2DC \uD604\uC548\uC124\uBA85\uD68C
    attendees:
      - \uC758\uC7A5
      - { role: \uBD80\uC758\uC7A5, count: 2 }
    cadence: monthly
`;function re(e){return`# \uBCF4\uACE0\uC11C\uAC00 \uC801\uB294 \uC870\uB840 \uAC1C\uC815. changes\uB294 \uBB34\uC5C7\uC774 \uC5BC\uB9C8\uC5D0\uC11C \uC5BC\uB9C8\uB85C \uBC14\uB00C\uC5C8\uB294\uC9C0\uC785\uB2C8\uB2E4.
kind: ordinances
ordinances:
  - id: example-ordinance
    name: \uC608\uC2DC \uC870\uB840
    amended: ${e.year}-01
    changes:
      - { label: \uCCAD\uAD6C\uC778 \uC218, from: 300, to: 200, unit: \uBA85 }
`}var ae=`# TF\uC640 \uADF8 \uB2E8\uACC4. \uB2E8\uACC4\uC758 plan\uC740 \uC8FC\uC694 \uC5C5\uBB34\uC758 \uD5A5\uD6C4\uACC4\uD68D id\uB97C \uAC00\uB9AC\uD0B5\uB2C8\uB2E4.
kind: taskforces
taskforces:
  - id: example-tf
    name: \uC608\uC2DC \uCD94\uC9C4 TF
    stages:
      - stage: 1
        name: \uC608\uC2DC \uCD94\uC9C4 TF
        form: \uC784\uC2DC\uC870\uC9C1
        organization: 1\uB2E8 1\uBC18
        staff: 5
      - stage: 2
        name: \uC608\uC2DC \uCD94\uC9C4\uB2E8
        form: \uC815\uADDC\uAE30\uAD6C
        organization: 1\uB2E8 2\uBC18
        staff: 12
        plan: example-tf-launch
`;function se(e,r){let n={},t=[...R,...I(e,r).map(o=>({glob:`data/${o.kind}.yaml`,kind:o.kind}))];for(let o of t)(n[`./${h}/${e.fileOf(o.kind)}`]??=[]).push(o.glob);return $({"yaml.schemas":n,"yaml.validate":!0,"files.encoding":"utf8","files.eol":`
`})}var ce=`      - uses: actions/setup-node@v6
        with:
          node-version: 24
      - name: Install mayor-office (the version package.json names)
        run: |
          if [ -f package-lock.json ]; then
            npm ci --no-audit --no-fund
          else
            npm install --no-audit --no-fund
          fi
      - name: Validate the records
        # --format github prints the annotations and appends every problem to $GITHUB_STEP_SUMMARY.
        run: npx --no-install mayor-office validate --format github
`;function le(e){return`# \uAE30\uB85D\uC744 \uBC14\uAFB8\uB294 pull request\uC640 push\uB9C8\uB2E4 mayor-office validate\uB97C \uC2E4\uD589\uD569\uB2C8\uB2E4. \uBB38\uC81C\uB294 \uBC14\uB010 \uC904\uC5D0
# \uC8FC\uC11D\uC73C\uB85C, \uBAA8\uB4E0 \uBB38\uC81C\uB294 \uC791\uC5C5 \uC694\uC57D(job summary)\uC5D0 \uD45C\uB85C \uB098\uC635\uB2C8\uB2E4.
name: mayor-office
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          # The whole history, so the figures can be compared with the base branch.
          fetch-depth: 0
${e.tool.action===void 0?ce:`      - uses: ${e.tool.action}
`}`}function de(e){return`# \uCEE4\uBC0B \uC804\uC5D0 \uAE30\uB85D\uC744 \uAC80\uC0AC\uD569\uB2C8\uB2E4 (https://pre-commit.com): pip install pre-commit && pre-commit install
repos:
  - repo: local
    hooks:
      - id: mayor-office-validate
        name: mayor-office validate
        entry: mayor-office validate
        language: node
        additional_dependencies: [${b(e.tool.install)}]
        files: \\.ya?ml$
        pass_filenames: false
`}function fe(e){return $({name:`${e.id}-records`,private:!0,description:`${e.office} \uAE30\uB85D (mayor-office)`,scripts:{validate:"mayor-office validate",budget:"mayor-office budget status",report:"mayor-office report"},devDependencies:{"mayor-office":e.tool.dependency}})}var ue=`# \uAE30\uB85D\uC740 \uD14D\uC2A4\uD2B8: \uC5B4\uB290 \uC6B4\uC601\uCCB4\uC81C\uC5D0\uC11C \uBC1B\uC544\uB3C4 \uC904 \uB05D\uC740 LF\uC785\uB2C8\uB2E4 (\uB3C4\uAD6C\uB294 CRLF\uB3C4 \uC77D\uC9C0\uB9CC, diff\uAC00 \uAE68\uB057\uD569\uB2C8\uB2E4).
* text=auto eol=lf
*.yaml text eol=lf
*.yml text eol=lf
*.json text eol=lf
*.md text eol=lf
*.csv text eol=lf
*.xlsx binary
*.docx binary
*.pdf binary
`,me=`# \uD3B8\uC9D1\uAE30 \uACF5\uD1B5 \uC124\uC815 (https://editorconfig.org): UTF-8, LF, \uB4E4\uC5EC\uC4F0\uAE30 \uB450 \uCE78.
root = true

[*]
charset = utf-8
end_of_line = lf
insert_final_newline = true
trim_trailing_whitespace = true
indent_style = space
indent_size = 2

[*.md]
trim_trailing_whitespace = false
`;function pe(e){return`# ${e.office} \uAE30\uB85D

${e.office}\uC758 \uC608\uC0B0 \uC9D1\uD589, \uC5C5\uBB34\uCD94\uC9C4\uBE44, \uC778\uB825 \uD604\uD669, \uC8FC\uC694 \uC5C5\uBB34\uB97C YAML \uAE30\uB85D\uC73C\uB85C \uAD00\uB9AC\uD558\uB294 \uC800\uC7A5\uC18C\uC785\uB2C8\uB2E4.
\uBCF4\uACE0\uC11C\uC758 \uBAA8\uB4E0 \uC218\uCE58(\uC794\uC561, \uC9D1\uD589\uB960, \uACFC\uBD80\uC871, \uACC4\xB7\uC18C\uACC4)\uB294 [mayor-office](https://www.npmjs.com/package/mayor-office)\uAC00
\uAE30\uB85D\uC5D0\uC11C \uB2E4\uC2DC \uACC4\uC0B0\uD569\uB2C8\uB2E4. \uACC4\uC0B0\uB41C \uC218\uCE58\uB294 \uAE30\uB85D\uC5D0 \uC801\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4.

## \uCC98\uC74C \uD55C \uBC88

\`\`\`sh
npm install
npx mayor-office validate
\`\`\`

VS Code\uB85C \uC774 \uD3F4\uB354\uB97C \uC5F4\uBA74 \uAD8C\uC7A5 \uD655\uC7A5(YAML, Red Hat)\uC744 \uC124\uCE58\uD558\uB77C\uACE0 \uBB3B\uC2B5\uB2C8\uB2E4. \uC124\uCE58\uD558\uBA74 \uAE30\uB85D\uC744 \uC4F0\uB294 \uB3D9\uC548
\uC798\uBABB\uB41C \uD0A4, \uC22B\uC790 \uB300\uC2E0 \uC4F4 \uBB38\uAD6C, \uC5C6\uB294 \uB0A0\uC9DC\uB97C \uBC14\uB85C \uBC11\uC904\uB85C \uBCF4\uC5EC \uC90D\uB2C8\uB2E4. \uD3B8\uC9D1\uAE30\uB294 \uC774 \uC800\uC7A5\uC18C\uC758 \`schemas/\`
\uD3F4\uB354(\uB3C4\uAD6C\uC758 \uC2A4\uD0A4\uB9C8 \uC0AC\uBCF8)\uB85C \uAC80\uC0AC\uD558\uBBC0\uB85C \`npm install\` \uC804\uC5D0\uB3C4 \uB3D9\uC791\uD569\uB2C8\uB2E4.

## \uB3C4\uAD6C \uBC84\uC804

\uC774 \uC800\uC7A5\uC18C\uAC00 \uC4F0\uB294 mayor-office\uB294 \`package.json\`\uC758 \`devDependencies\`\uC5D0 \uC801\uD600 \uC788\uC2B5\uB2C8\uB2E4:
\`${e.tool.dependency}\`. \uAC19\uC740 \uAC12\uC774 pre-commit \uC124\uC815(\`.pre-commit-config.yaml\`\uC758
additional_dependencies)${e.tool.action===void 0?"":`\uACFC GitHub Actions(\`${e.tool.action}\`)`}\uC5D0\uB3C4 \uC801\uD600 \uC788\uC5B4,
\uC5B4\uB514\uC5D0\uC11C \uAC80\uC0AC\uD558\uB4E0 \uAC19\uC740 \uB3C4\uAD6C\uAC00 \uAC80\uC0AC\uD569\uB2C8\uB2E4. \uBC84\uC804\uC740 \uD56D\uC0C1 \uACE0\uC815\uB41C \uAC12(1.2.3, git \uD0DC\uADF8, tarball)\uC785\uB2C8\uB2E4.

\uBC84\uC804\uC744 \uBC14\uAFC0 \uB54C\uB294 \uC774 \uACF3\uB4E4\uC744 \uD568\uAED8 \uACE0\uCE58\uACE0, \`npm install\` \uB4A4 \uC0C8 \uB3C4\uAD6C\uC758 \uC2A4\uD0A4\uB9C8
(\`node_modules/mayor-office/schemas/\`)\uB97C \`schemas/\`\uB85C \uBCF5\uC0AC\uD558\uC138\uC694. \uADF8\uB798\uC57C \uD3B8\uC9D1\uAE30\uB3C4 \uC0C8 \uB3C4\uAD6C\uC758 \uADDC\uCE59\uC73C\uB85C \uAC80\uC0AC\uD569\uB2C8\uB2E4
(\uC0AC\uBCF8\uC774 \uB2E4\uB974\uBA74 \`validate\`\uAC00 \uBCF5\uC0AC\uD560 \uBA85\uB839\uACFC \uD568\uAED8 \uC54C\uB824 \uC90D\uB2C8\uB2E4).

## \uC790\uC8FC \uC4F0\uB294 \uBA85\uB839

| \uD558\uB294 \uC77C | \uBA85\uB839 |
|---|---|
| \uAE30\uB85D \uAC80\uC0AC | \`npx mayor-office validate\` |
| \uC608\uC0B0 \uC9D1\uD589 \uD604\uD669 | \`npx mayor-office budget status\` |
| \uC778\uB825 \uD604\uD669 | \`npx mayor-office headcount status\` |
| \uD5A5\uD6C4 \uC77C\uC815 | \`npx mayor-office tasks upcoming\` |
| \uC8FC\uC694\uC5C5\uBB34\uBCF4\uACE0 | \`npx mayor-office report --format html --out \uBCF4\uACE0\uC11C.html\` |

## \uAE30\uB85D \uD3F4\uB354

| \uD30C\uC77C | \uB0B4\uC6A9 |
|---|---|
| \`data/office.yaml\` | \uC0AC\uBB34\uC2E4\uACFC \uC8FC\uC694 \uAE30\uB2A5 |
| \`data/report.yaml\` | \uC8FC\uC694\uC5C5\uBB34\uBCF4\uACE0 (\uAE30\uC900\uC77C as_of) |
| \`data/budget/\uC5F0\uB3C4.yaml\` | \uC5C5\uBB34\uCD94\uC9C4\uBE44 \uC608\uC0B0 (\uCC9C\uC6D0) |
| \`data/expenses/\uC5F0\uB3C4.yaml\` | \uC5C5\uBB34\uCD94\uC9C4\uBE44 \uC9C0\uCD9C \uAC74 (\uC6D0) |
| \`data/headcount/\uAE30\uC900\uC77C.yaml\` | \uC778\uB825 \uD604\uD669 (\uC815\uC6D0, \uD604\uC6D0) |
| \`data/tasks/\uBC88\uD638-\uC774\uB984.yaml\` | \uC8FC\uC694 \uC5C5\uBB34\uC640 \uD5A5\uD6C4\uACC4\uD68D |
| \`data/cities.yaml\`, \`countries.yaml\`, \`events.yaml\` | \uCE5C\uC120\xB7\uC6B0\uD638\uB3C4\uC2DC, \uB098\uB77C, \uD589\uC0AC |
| \`data/council.yaml\`, \`ordinances.yaml\`, \`taskforces.yaml\` | \uC2DC\uC758\uD68C \uC18C\uD1B5, \uC870\uB840, TF |

\uC608\uC2DC \uAE30\uB85D\uC740 \uBAA8\uB450 \uAC80\uC0AC\uB97C \uD1B5\uACFC\uD569\uB2C8\uB2E4. \uB0B4\uC6A9\uC744 \uC774 \uC0AC\uBB34\uC2E4\uC758 \uC2E4\uC81C \uAE30\uB85D\uC73C\uB85C \uBC14\uAFB8\uACE0, \uD544\uC694 \uC5C6\uB294 \uC885\uB958\uC758 \uD30C\uC77C\uC740 \uC9C0\uC6B0\uC138\uC694.
\uAE08\uC561\uC740 \uC27C\uD45C \uC5C6\uC774 \uC22B\uC790\uB85C(337200), \uB0A0\uC9DC\uB294 YYYY-MM-DD\uB85C \uC501\uB2C8\uB2E4.

## \uBC14\uAFB8\uB294 \uC21C\uC11C

1. \uBE0C\uB79C\uCE58\uB97C \uB9CC\uB4E4\uACE0 \uAE30\uB85D\uC744 \uACE0\uCE69\uB2C8\uB2E4.
2. \`npx mayor-office validate\`\uB85C \uAC80\uC0AC\uD569\uB2C8\uB2E4 (pre-commit\uC744 \uC124\uCE58\uD588\uB2E4\uBA74 \uCEE4\uBC0B\uD560 \uB54C \uC790\uB3D9\uC73C\uB85C).
3. pull request\uB97C \uC5FD\uB2C8\uB2E4. GitHub Actions\uAC00 \uAC80\uC0AC\uD558\uACE0, \uBB38\uC81C\uB294 \uBC14\uB010 \uC904\uC5D0 \uD45C\uC2DC\uB429\uB2C8\uB2E4.

\uC124\uC815\uC740 \`mayor-office.yaml\`\uC5D0 \uC788\uC2B5\uB2C8\uB2E4 (\uAE30\uB85D \uD3F4\uB354, \uBA54\uC2DC\uC9C0 \uC5B8\uC5B4).
`}var p="mayor-office",ye=/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;function ge(e){let r=/^(?:git\+)?(?:https:\/\/|ssh:\/\/git@|git:\/\/)github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(e)??/^github:([\w.-]+)\/([\w.-]+)$/.exec(e);return r?`${r[1]}/${r[2]}`:void 0}function S(e,r,n){let t=e.trim(),o=t.startsWith(`${p}@`)?t.slice(p.length+1):t;if(ye.test(o))return{ok:!0,tool:{source:"registry",dependency:o,install:`${p}@${o}`,action:`${r}@v${o}`,local:!1}};if(/^(?:git\+[a-z]+:\/\/|git:\/\/|github:)/.test(t)){let i=t.indexOf("#"),a=i<0?"":t.slice(i+1);if(a===""||a.startsWith("semver:"))return{ok:!1,reason:"no-ref"};let s=t.slice(0,i),c=ge(s);return{ok:!0,tool:{source:"git",dependency:t,install:t,...c?{action:`${c}@${a}`}:{},local:s.startsWith("git+file:")}}}if(/\.(?:tgz|tar\.gz)$/.test(t)){if(/^https?:\/\//.test(t))return{ok:!0,tool:{source:"tarball",dependency:t,install:t,local:!1}};let i=n(t.replace(/^file:/,""));return{ok:!0,tool:{source:"tarball",dependency:`file:${i}`,install:i,local:!0}}}return t.startsWith(`${p}@`)||/^[\^~<>=*]|^latest$|\.x\b/.test(t)?{ok:!1,reason:"range"}:{ok:!1,reason:"unknown"}}function J(e,r,n={writeFileSync:$e}){let t=A({...r,schemas:j()});if(w(e)){if(!be(e).isDirectory())return{ok:!1,reason:"exists",path:""};if(F(e).some(a=>a!==".git"))return{ok:!1,reason:"not-empty",path:""}}for(let a of t)if(w(m(e,a.path)))return{ok:!1,reason:"exists",path:a.path};let o=m(G(e),`.${Se(e)}.mayor-office-init.${process.pid}`),i=[];try{for(let a of t){let s=m(o,a.path);he(G(s),{recursive:!0}),n.writeFileSync(s,a.content)}if(!w(e))z(o,e);else{for(let a of F(o))z(m(o,a),m(e,a)),i.push(m(e,a));x(o,{recursive:!0,force:!0})}}catch(a){for(let s of i)x(s,{recursive:!0,force:!0});return x(o,{recursive:!0,force:!0}),{ok:!1,reason:"write-failed",code:a.code??a.message}}return{ok:!0,files:t.length,git:we(e,`${r.office} \uAE30\uB85D \uC800\uC7A5\uC18C (mayor-office init)`)}}function y(e,r){let n=ke("git",[...e],{cwd:r,encoding:"utf8",stdio:["ignore","pipe","pipe"]});return{status:n.status,out:n.stdout??"",err:n.stderr??"",missing:n.error?.code==="ENOENT"}}function we(e,r){let n=v(e);if(!n.ok&&n.reason==="no-git")return{kind:"no-git"};if(n.ok&&D(n.value)!==D(e))return{kind:"inside",top:n.value};if(!n.ok){let i=y(["-c","init.defaultBranch=main","init","-q"],e);if(i.status!==0)return{kind:"not-committed",reason:O(i.err)}}let t=y(["add","-A"],e);if(t.status!==0)return{kind:"not-committed",reason:O(t.err)};let o=y(["commit","-q","-m",r],e);return o.status!==0?{kind:"not-committed",reason:O(o.err||o.out)}:{kind:"committed",commit:y(["rev-parse","--short","HEAD"],e).out.trim()}}function O(e){let r=e.split(`
`).map(n=>n.trim()).filter(n=>n!=="");return r.find(n=>/^(?:fatal|error):/.test(n))??r[0]??""}var Oe=/^[a-z0-9][a-z0-9-]*$/;function Le(e,r,n){let t=E[e.lang],o=n.office?.trim();if(!o)throw new u(t.initNeedsOffice);let i=n.id??"office";if(!Oe.test(i))throw new u(t.badOfficeId(i));let a=n.year===void 0?new Date().getFullYear():Number(n.year);if(!/^\d{4}$/.test(String(n.year??a))||a<2e3||a>2100)throw new u(t.badYear(String(n.year)));let s=n.tool??_(),c=S(s,T(),M=>L(e.cwd,M));if(!c.ok)throw new u(t.badToolSpec(s,c.reason));let l=r??".",d=J(L(e.cwd,l),{office:o,id:i,year:a,tool:c.tool});if(!d.ok){if(d.reason==="write-failed")throw new u(t.writeFailed(l,t.writeReason(d.code)));return e.io.stderr.write(`mayor-office: ${d.reason==="not-empty"?t.initNotEmpty(l):t.initExists(d.path===""?l:xe(l,d.path))}
`),g.dataErrors}let f=d.git;return e.io.stdout.write(`${t.initDone(l,d.files)}
`),f.kind==="committed"?e.io.stdout.write(`${t.initCommitted(f.commit)}
`):e.io.stderr.write(`mayor-office: ${f.kind==="no-git"?t.initNoGit:f.kind==="inside"?t.initInside(f.top):t.initNotCommitted(f.reason)}
`),c.tool.local&&e.io.stderr.write(`mayor-office: ${t.initLocalTool(c.tool.dependency)}
`),g.ok}export{Le as initCommand};
