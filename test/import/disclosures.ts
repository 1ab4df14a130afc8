// Disclosure files as offices and the open-data portal publish them, made by the tests
// themselves: a Korean xlsx with a title and a 합계 row, a CP949 CSV, a BOM CSV whose rows are
// all there twice, the open-data CSV with its short header, and the open API's JSON.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const KOREAN_HEADER = ['부서명', '사용일자', '사용시간', '사용장소', '사용목적', '대상인원', '결제방법', '사용금액(원)', '비목'];

export async function koreanXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('7월');
  ws.addRow(['2022년 7월 업무추진비 사용 내역']);
  ws.addRow([]);
  ws.addRow(KOREAN_HEADER);
  ws.addRow(['디지털정책과', new Date(Date.UTC(2022, 6, 4)), '12:30', '중구 소재 식당', '유관기관 간담회', '과장 외 4명', '법인카드', 132000, '기관']);
  ws.addRow(['디지털정책과', '2022. 7. 12.', '', '시청 회의실', '자문회의 다과', '', '제로페이', '45,000원', '시책추진업무추진비']);
  ws.addRow(['합계', '', '', '', '', '', '', 177000, '']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function cp949Csv(): Uint8Array {
  const text = ['집행일자,집행장소,집행목적,집행대상,집행방법,집행금액,구분', '2022.08.03 18:40,종로구 소재 식당,협력 회의,국장 외 6명,카드,"250,000",203-01', '2022-08-10,시청,현장 점검 다과,,현금,30000.0,시책'].join('\r\n');
  return new Uint8Array(iconv.encode(text, 'cp949'));
}

export function bomCsvDoubled(): Uint8Array {
  const rows = ['부서,사용일,사용목적,사용금액,결제방법,비목', '디지털정책과,20220902,직원 격려,80000,부서카드,기관', '디지털정책과,20220905,정책 설명회,60000,"카드,제로페이",시책'];
  const text = [...rows, ...rows.slice(1)].join('\n') + '\n';
  return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
}

/** The September file of the open-data list: its header leaves out exec_purpose (each row has one
 *  field more than the header names), exec_dt has a time, and it holds August's last row too. */
export function openDataCsv(): Uint8Array {
  const header = 'nid,title,url,dept_nm_lvl_1,dept_nm_lvl_2,dept_nm_lvl_3,dept_nm_lvl_4,dept_nm_lvl_5,exec_yr,exec_month,expense_budget,expense_execution,category,exec_dt,exec_loc,target_nm,payment_method,exec_amount';
  const row = (nid: number, month: number, dt: string, loc: string, purpose: string, target: string, pay: string, amount: string, dept = '디지털정책과') =>
    `${nid},2022년 ${month}월 업무추진비,https://example.org/${nid},서울특별시,디지털정책국,${dept},,,2022,${month},기관운영,업무추진비,기관운영,${dt},${loc},${purpose},${target},${pay},${amount}`;
  return new TextEncoder().encode(
    [
      header,
      row(1, 8, '2022-08-30 19:10', '중구 소재 식당', '유관기관 협의', '과장 외 2명', '카드', '96000'),
      row(2, 9, '2022-09-14 12:00', '시청 인근 식당', '민원 대응 격려', '팀장 외 5명', '제로페이', '150000'),
      row(3, 9, '2022-09-20 13:10', '시청 인근 식당', '다른 과 간담회', '과장 외 3명', '카드', '70000', '스마트도시과'),
    ].join('\n') + '\n',
  );
}

export function apiJson(): Uint8Array {
  const row = (nid: string, dt: string, purpose: string, amount: number, bimok: string, pay: string) => ({
    NID: nid,
    DEPT_NM: '디지털정책과',
    EXEC_DT: dt,
    EXEC_LOC: '시청 회의실',
    EXEC_PURPOSE: purpose,
    TARGET_NM: '직원 10명',
    PAYMENT_METHOD: pay,
    EXEC_AMOUNT: amount,
    BIMOK: bimok,
  });
  const answer = {
    ListExpenseInfo: {
      list_total_count: 2,
      RESULT: { CODE: 'INFO-000', MESSAGE: '정상 처리되었습니다' },
      row: [row('A1', '2022-10-05 10:00', '정책 토론회 다과', 55000, '시책추진업무추진비', '카드'), row('A2', '2022-10-19', '직원 격려 간담회', 210000, '기관운영업무추진비', '제로페이')],
    },
  };
  return new TextEncoder().encode(JSON.stringify(answer));
}
