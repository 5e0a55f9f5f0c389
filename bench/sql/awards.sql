-- Awards to the participants: nine in ten a ward People's Committee's Giấy khen, one in ten the city's Bằng khen;
-- half presented, four in ten approved, one in ten still proposed; decision numbers unique per row.
SET bench.seed = :'seed';
INSERT INTO awards (id, form, issuer_unit_id, decision_number, decision_date, recipient_id, citation, status, presented_on,
                    version, created_at, updated_at)
SELECT bench_id(14, a.n),
       CASE WHEN a.city THEN 'CertificateOfMerit' ELSE 'CertificateOfCommendation' END,
       CASE WHEN a.city THEN bench_id(1, 2) ELSE bench_id(5, bench_pick(a.n, 'ward', 600) + 1) END,
       CASE WHEN a.status <> 'Proposed' THEN a.n || '/QĐ-UBND' END,
       CASE WHEN a.status <> 'Proposed' THEN a.decided END,
       bench_id(8, bench_pick(a.n, 'recipient', round(1000000 * :scale)::int) + 1),
       'Có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm ' || extract(year FROM a.decided) || ' (hồ sơ ' || a.n || ')',
       a.status, CASE WHEN a.status = 'Presented' THEN a.decided + 10 END, 1, now(), now()
FROM (SELECT n, bench_pick(n, 'form', 10) = 0 AS city, date '2016-01-01' + bench_pick(n, 'day', 3600) AS decided,
             (ARRAY['Presented','Presented','Presented','Presented','Presented','Approved','Approved','Approved','Approved','Proposed'])[bench_pick(n, 'status', 10) + 1] AS status
      FROM generate_series(1, round(200000 * :scale)::bigint) n) a;
