CREATE VIEW "retention"."bwc_decisions" AS
-- noticekit retention: schedule maidstone-parking version 2024-1, postgres
WITH nk_p AS (SELECT CAST(now() AT TIME ZONE 'Europe/London' AS DATE) AS today),
nk_rules (rule_id, ix, act, acti, dis_m, dis_d, cyc, cyc_m, cyc_d, na) AS (VALUES
  ('bwc-footage', 1, 'destroy', 1, 0, 0, FALSE, 0, 0, -1)),
nk_v AS (SELECT r."id" AS id, CAST(r."rule" AS TEXT) AS rule, p.today AS today, COALESCE(cardinality(r."holds"), 0) > 0 AS nk_held, r."holds" AS nk_holds,
  r."captured" IS NULL AS n0, CASE WHEN pg_typeof(r."captured") = 'date'::regtype THEN CAST(r."captured" AS DATE) END AS dt0, CASE WHEN pg_typeof(r."captured") = 'date'::regtype THEN NULL ELSE CAST(r."captured" AS TEXT) END AS v0, TRUE AS k0,
  r."case_opened" IS NULL AS n1, CASE WHEN pg_typeof(r."case_opened") = 'date'::regtype THEN CAST(r."case_opened" AS DATE) END AS dt1, CASE WHEN pg_typeof(r."case_opened") = 'date'::regtype THEN NULL ELSE CAST(r."case_opened" AS TEXT) END AS v1, TRUE AS k1,
  r."case_closed" IS NULL AS n2, CASE WHEN pg_typeof(r."case_closed") = 'date'::regtype THEN CAST(r."case_closed" AS DATE) END AS dt2, CASE WHEN pg_typeof(r."case_closed") = 'date'::regtype THEN NULL ELSE CAST(r."case_closed" AS TEXT) END AS v2, TRUE AS k2
  FROM "records" AS r CROSS JOIN nk_p AS p OFFSET 0),
nk_t AS (SELECT *,
  CASE WHEN NOT k0 THEN NULL WHEN dt0 IS NOT NULL THEN dt0 WHEN v0 IS NOT NULL THEN CASE WHEN length(v0) = 10 THEN CASE WHEN v0 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN CASE WHEN CAST(substr(v0, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v0, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v0, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v0, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v0, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v0, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v0, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v0, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN make_date(CAST(substr(v0, 1, 4) AS INTEGER), CAST(substr(v0, 6, 2) AS INTEGER), CAST(substr(v0, 9, 2) AS INTEGER)) END END
    WHEN length(v0) BETWEEN 20 AND 64 THEN CASE WHEN v0 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$' THEN CASE WHEN CAST(substr(v0, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v0, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v0, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v0, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v0, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v0, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v0, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v0, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END AND CAST(substr(v0, 12, 2) AS INTEGER) <= 23 AND CAST(substr(v0, 15, 2) AS INTEGER) <= 59 AND CAST(substr(v0, 18, 2) AS INTEGER) <= 60 AND CASE WHEN upper(substr(v0, length(v0), 1)) = 'Z' THEN TRUE ELSE CAST(substr(v0, length(v0) - 4, 2) AS INTEGER) <= 23 AND CAST(substr(v0, length(v0) - 1, 2) AS INTEGER) <= 59 END AND CASE WHEN CAST(substr(v0, 18, 2) AS INTEGER) <> 60 THEN TRUE WHEN (CAST(substr(v0, 12, 2) AS INTEGER) * 60 + CAST(substr(v0, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v0, length(v0), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v0, length(v0) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v0, length(v0) - 4, 2) AS INTEGER) * 60 + CAST(substr(v0, length(v0) - 1, 2) AS INTEGER)) END)) = 1439 THEN (CAST(substr(v0, 6, 2) AS INTEGER) = 6 AND CAST(substr(v0, 9, 2) AS INTEGER) = 30) OR (CAST(substr(v0, 6, 2) AS INTEGER) = 12 AND CAST(substr(v0, 9, 2) AS INTEGER) = 31) WHEN (CAST(substr(v0, 12, 2) AS INTEGER) * 60 + CAST(substr(v0, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v0, length(v0), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v0, length(v0) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v0, length(v0) - 4, 2) AS INTEGER) * 60 + CAST(substr(v0, length(v0) - 1, 2) AS INTEGER)) END)) = -1 THEN (CAST(substr(v0, 6, 2) AS INTEGER) = 7 AND CAST(substr(v0, 9, 2) AS INTEGER) = 1) OR (CAST(substr(v0, 6, 2) AS INTEGER) = 1 AND CAST(substr(v0, 9, 2) AS INTEGER) = 1) ELSE FALSE END
      THEN CAST((make_timestamp(CAST(substr(v0, 1, 4) AS INTEGER), CAST(substr(v0, 6, 2) AS INTEGER), CAST(substr(v0, 9, 2) AS INTEGER), CAST(substr(v0, 12, 2) AS INTEGER), CAST(substr(v0, 15, 2) AS INTEGER), LEAST(CAST(substr(v0, 18, 2) AS INTEGER), 59)) - make_interval(mins => CASE WHEN upper(substr(v0, length(v0), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v0, length(v0) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v0, length(v0) - 4, 2) AS INTEGER) * 60 + CAST(substr(v0, length(v0) - 1, 2) AS INTEGER)) END)) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London' AS DATE) END END END END AS t0,
  CASE WHEN NOT k1 THEN NULL WHEN dt1 IS NOT NULL THEN dt1 WHEN v1 IS NOT NULL THEN CASE WHEN length(v1) = 10 THEN CASE WHEN v1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN CASE WHEN CAST(substr(v1, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v1, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v1, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v1, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v1, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v1, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v1, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v1, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN make_date(CAST(substr(v1, 1, 4) AS INTEGER), CAST(substr(v1, 6, 2) AS INTEGER), CAST(substr(v1, 9, 2) AS INTEGER)) END END
    WHEN length(v1) BETWEEN 20 AND 64 THEN CASE WHEN v1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$' THEN CASE WHEN CAST(substr(v1, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v1, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v1, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v1, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v1, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v1, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v1, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v1, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END AND CAST(substr(v1, 12, 2) AS INTEGER) <= 23 AND CAST(substr(v1, 15, 2) AS INTEGER) <= 59 AND CAST(substr(v1, 18, 2) AS INTEGER) <= 60 AND CASE WHEN upper(substr(v1, length(v1), 1)) = 'Z' THEN TRUE ELSE CAST(substr(v1, length(v1) - 4, 2) AS INTEGER) <= 23 AND CAST(substr(v1, length(v1) - 1, 2) AS INTEGER) <= 59 END AND CASE WHEN CAST(substr(v1, 18, 2) AS INTEGER) <> 60 THEN TRUE WHEN (CAST(substr(v1, 12, 2) AS INTEGER) * 60 + CAST(substr(v1, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v1, length(v1), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v1, length(v1) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v1, length(v1) - 4, 2) AS INTEGER) * 60 + CAST(substr(v1, length(v1) - 1, 2) AS INTEGER)) END)) = 1439 THEN (CAST(substr(v1, 6, 2) AS INTEGER) = 6 AND CAST(substr(v1, 9, 2) AS INTEGER) = 30) OR (CAST(substr(v1, 6, 2) AS INTEGER) = 12 AND CAST(substr(v1, 9, 2) AS INTEGER) = 31) WHEN (CAST(substr(v1, 12, 2) AS INTEGER) * 60 + CAST(substr(v1, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v1, length(v1), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v1, length(v1) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v1, length(v1) - 4, 2) AS INTEGER) * 60 + CAST(substr(v1, length(v1) - 1, 2) AS INTEGER)) END)) = -1 THEN (CAST(substr(v1, 6, 2) AS INTEGER) = 7 AND CAST(substr(v1, 9, 2) AS INTEGER) = 1) OR (CAST(substr(v1, 6, 2) AS INTEGER) = 1 AND CAST(substr(v1, 9, 2) AS INTEGER) = 1) ELSE FALSE END
      THEN CAST((make_timestamp(CAST(substr(v1, 1, 4) AS INTEGER), CAST(substr(v1, 6, 2) AS INTEGER), CAST(substr(v1, 9, 2) AS INTEGER), CAST(substr(v1, 12, 2) AS INTEGER), CAST(substr(v1, 15, 2) AS INTEGER), LEAST(CAST(substr(v1, 18, 2) AS INTEGER), 59)) - make_interval(mins => CASE WHEN upper(substr(v1, length(v1), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v1, length(v1) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v1, length(v1) - 4, 2) AS INTEGER) * 60 + CAST(substr(v1, length(v1) - 1, 2) AS INTEGER)) END)) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London' AS DATE) END END END END AS t1,
  CASE WHEN NOT k2 THEN NULL WHEN dt2 IS NOT NULL THEN dt2 WHEN v2 IS NOT NULL THEN CASE WHEN length(v2) = 10 THEN CASE WHEN v2 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN CASE WHEN CAST(substr(v2, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v2, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v2, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v2, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v2, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v2, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v2, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v2, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN make_date(CAST(substr(v2, 1, 4) AS INTEGER), CAST(substr(v2, 6, 2) AS INTEGER), CAST(substr(v2, 9, 2) AS INTEGER)) END END
    WHEN length(v2) BETWEEN 20 AND 64 THEN CASE WHEN v2 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$' THEN CASE WHEN CAST(substr(v2, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v2, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v2, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v2, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v2, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v2, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v2, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v2, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END AND CAST(substr(v2, 12, 2) AS INTEGER) <= 23 AND CAST(substr(v2, 15, 2) AS INTEGER) <= 59 AND CAST(substr(v2, 18, 2) AS INTEGER) <= 60 AND CASE WHEN upper(substr(v2, length(v2), 1)) = 'Z' THEN TRUE ELSE CAST(substr(v2, length(v2) - 4, 2) AS INTEGER) <= 23 AND CAST(substr(v2, length(v2) - 1, 2) AS INTEGER) <= 59 END AND CASE WHEN CAST(substr(v2, 18, 2) AS INTEGER) <> 60 THEN TRUE WHEN (CAST(substr(v2, 12, 2) AS INTEGER) * 60 + CAST(substr(v2, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v2, length(v2), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v2, length(v2) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v2, length(v2) - 4, 2) AS INTEGER) * 60 + CAST(substr(v2, length(v2) - 1, 2) AS INTEGER)) END)) = 1439 THEN (CAST(substr(v2, 6, 2) AS INTEGER) = 6 AND CAST(substr(v2, 9, 2) AS INTEGER) = 30) OR (CAST(substr(v2, 6, 2) AS INTEGER) = 12 AND CAST(substr(v2, 9, 2) AS INTEGER) = 31) WHEN (CAST(substr(v2, 12, 2) AS INTEGER) * 60 + CAST(substr(v2, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v2, length(v2), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v2, length(v2) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v2, length(v2) - 4, 2) AS INTEGER) * 60 + CAST(substr(v2, length(v2) - 1, 2) AS INTEGER)) END)) = -1 THEN (CAST(substr(v2, 6, 2) AS INTEGER) = 7 AND CAST(substr(v2, 9, 2) AS INTEGER) = 1) OR (CAST(substr(v2, 6, 2) AS INTEGER) = 1 AND CAST(substr(v2, 9, 2) AS INTEGER) = 1) ELSE FALSE END
      THEN CAST((make_timestamp(CAST(substr(v2, 1, 4) AS INTEGER), CAST(substr(v2, 6, 2) AS INTEGER), CAST(substr(v2, 9, 2) AS INTEGER), CAST(substr(v2, 12, 2) AS INTEGER), CAST(substr(v2, 15, 2) AS INTEGER), LEAST(CAST(substr(v2, 18, 2) AS INTEGER), 59)) - make_interval(mins => CASE WHEN upper(substr(v2, length(v2), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v2, length(v2) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v2, length(v2) - 4, 2) AS INTEGER) * 60 + CAST(substr(v2, length(v2) - 1, 2) AS INTEGER)) END)) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London' AS DATE) END END END END AS t2
  FROM nk_v OFFSET 0),
nk_s AS (SELECT id, rule, today, nk_held, nk_holds,
  CASE WHEN NOT k0 THEN 0 WHEN n0 THEN 1 WHEN t0 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN 2 ELSE 3 END AS s0, CASE WHEN t0 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN t0 END AS d0,
  CASE WHEN NOT k1 THEN 0 WHEN n1 THEN 1 WHEN t1 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN 2 ELSE 3 END AS s1, CASE WHEN t1 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN t1 END AS d1,
  CASE WHEN NOT k2 THEN 0 WHEN n2 THEN 1 WHEN t2 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN 2 ELSE 3 END AS s2, CASE WHEN t2 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN t2 END AS d2
  FROM nk_t OFFSET 0),
nk_e AS (SELECT f.id, f.rule, f.today, f.nk_held, f.nk_holds, CAST(NULL AS DATE) AS d_rv, nr.*,
  CASE WHEN s0 = 3 THEN 0 WHEN s2 = 3 THEN 2 WHEN s1 = 3 THEN 1 END AS bad,
  CASE ix WHEN 1 THEN CASE WHEN s0 = 0 THEN 5 WHEN d0 > today THEN 6 WHEN s1 = 0 THEN 5 WHEN d1 > today THEN 6 WHEN s2 = 0 THEN 5 WHEN d2 > today THEN 6 END END AS ufr,
  CASE ix WHEN 1 THEN CASE WHEN s0 = 0 THEN 0 WHEN d0 > today THEN 0 WHEN s1 = 0 THEN 1 WHEN d1 > today THEN 1 WHEN s2 = 0 THEN 2 WHEN d2 > today THEN 2 END END AS ufn,
  CASE WHEN d2 IS NOT NULL AND s1 = 1 THEN 8 WHEN d2 < d1 THEN 7 END AS chkr,
  CASE WHEN d2 IS NOT NULL AND s1 = 1 THEN 2 WHEN d2 < d1 THEN 2 END AS chkn,
  CAST(NULL AS TEXT) AS morat,
  CASE ix
    WHEN 1 THEN GREATEST((CASE WHEN d0 IS NULL THEN 2 ELSE 1 END), (CASE WHEN d1 IS NULL THEN 0 WHEN d2 IS NULL THEN 2 ELSE 1 END)) END AS c_st,
  CASE ix
    WHEN 1 THEN GREATEST(CASE WHEN (CASE WHEN d0 IS NULL THEN 2 ELSE 1 END) = 1 THEN (d0 + 61) END, CASE WHEN (CASE WHEN d1 IS NULL THEN 0 WHEN d2 IS NULL THEN 2 ELSE 1 END) = 1 THEN (d2 + 1) END) END AS c_due,
  CASE ix
    WHEN 1 THEN CASE WHEN (CASE WHEN d0 IS NULL THEN 2 ELSE 1 END) = 2 THEN 0 WHEN (CASE WHEN d1 IS NULL THEN 0 WHEN d2 IS NULL THEN 2 ELSE 1 END) = 2 THEN 2 END END AS c_aw,
  CAST(NULL AS DATE) AS rev_base,
  CAST(NULL AS BOOLEAN) AS rev_wait,
  CAST(NULL AS INTEGER) AS rev_slot
  FROM nk_s AS f LEFT JOIN nk_rules AS nr ON nr.rule_id = f.rule OFFSET 0),
nk_n AS (SELECT *,
  CASE WHEN cyc AND rev_slot IS NOT NULL THEN (CAST(CASE WHEN rev_base IS NULL OR d_rv > rev_base THEN d_rv ELSE rev_base END + make_interval(months => cyc_m) AS DATE) + cyc_d + 1) END AS rev_p,
  CASE WHEN dis_m <> 0 OR dis_d <> 0 THEN (CAST(c_due + make_interval(months => dis_m) AS DATE) + dis_d) END AS dis_by
  FROM nk_e OFFSET 0),
nk_x AS (SELECT *, CASE WHEN NOT cyc THEN NULL
    WHEN acti = 4 AND c_st = 1 AND d_rv >= c_due THEN (CAST(d_rv + make_interval(months => cyc_m) AS DATE) + cyc_d + 1)
    WHEN acti = 4 AND c_st = 1 AND (rev_p IS NULL OR c_due < rev_p) THEN c_due
    ELSE rev_p END AS nxt
  FROM nk_n OFFSET 0),
nk_r AS (SELECT *, CASE
  WHEN bad IS NOT NULL THEN 3 /* malformed-fact */
  WHEN ix IS NULL THEN 2 /* unknown-rule */
  WHEN today IS NULL THEN 11 /* no-today */
  WHEN ufr IS NOT NULL THEN ufr
  WHEN chkr IS NOT NULL THEN chkr
  WHEN nk_held THEN 12 /* record-hold */
  WHEN morat IS NOT NULL THEN 13 /* moratorium */
  WHEN acti = 5 THEN 14 /* keep */
  WHEN today >= nxt AND ((c_st = 1 AND today >= c_due) AND acti IN (1, 2, 3)) IS NOT TRUE THEN
    CASE WHEN (c_st = 1 AND today >= c_due) AND acti = 4 THEN 18 /* review-at-end */ ELSE 17 /* review-cycle-due */ END
  WHEN c_st = 0 THEN 16 /* no-clause-applies */
  WHEN c_st = 2 THEN 15 /* missing-fact */
  WHEN rev_wait AND ((c_st = 1 AND today >= c_due) AND acti IN (1, 2, 3)) IS NOT TRUE THEN 15 /* missing-fact */
  WHEN c_st = 1 AND today < c_due THEN CASE WHEN c_due > DATE '9999-12-31' THEN 21 /* due-beyond-range */ ELSE 19 /* period-running */ END
  WHEN (c_st = 1 AND today >= c_due) AND acti = 4 THEN CASE WHEN nxt > DATE '9999-12-31' THEN 21 /* due-beyond-range */ ELSE 20 /* reviewed */ END
  WHEN (c_st = 1 AND today >= c_due) AND acti IN (1, 2, 3) THEN 22 /* period-ended */
  ELSE 9 /* malformed-record */ END AS rc
  FROM nk_x OFFSET 0)
SELECT id, rule, '2024-1' AS schedule_version,
  CASE
    WHEN rc IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11) THEN 'cannot-evaluate'
    WHEN rc IN (12, 13) THEN 'held'
    WHEN rc IN (14) THEN 'permanent'
    WHEN rc IN (17, 18) THEN 'review-due'
    WHEN rc IN (15, 16) THEN 'awaiting-event'
    WHEN rc IN (19, 20, 21) THEN 'not-yet'
    WHEN rc IN (22) THEN 'eligible' END AS outcome,
  CASE rc WHEN 1 THEN 'no-schedule' WHEN 2 THEN 'unknown-rule' WHEN 3 THEN 'malformed-fact' WHEN 4 THEN 'undeclared-fact' WHEN 5 THEN 'fact-unknown' WHEN 6 THEN 'fact-in-future' WHEN 7 THEN 'facts-out-of-order' WHEN 8 THEN 'prerequisite-not-happened' WHEN 9 THEN 'malformed-record' WHEN 10 THEN 'other-schedule' WHEN 11 THEN 'no-today' WHEN 12 THEN 'record-hold' WHEN 13 THEN 'moratorium' WHEN 14 THEN 'keep' WHEN 15 THEN 'missing-fact' WHEN 16 THEN 'no-clause-applies' WHEN 17 THEN 'review-cycle-due' WHEN 18 THEN 'review-at-end' WHEN 19 THEN 'period-running' WHEN 20 THEN 'reviewed' WHEN 21 THEN 'due-beyond-range' WHEN 22 THEN 'period-ended' END AS reason,
  CASE rc WHEN 17 THEN nxt WHEN 19 THEN c_due WHEN 22 THEN c_due WHEN 20 THEN nxt WHEN 18 THEN nxt END AS due,
  CASE WHEN nxt <= DATE '9999-12-31' AND rc NOT IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11) THEN nxt END AS next_review,
  CASE WHEN rc = 22 THEN act END AS action,
  CASE WHEN rc = 22 AND dis_by <= DATE '9999-12-31' THEN dis_by END AS must_dispose_by,
  CASE WHEN rc = 22 AND dis_by <= DATE '9999-12-31' AND today > dis_by THEN TRUE ELSE FALSE END AS overdue,
  CASE rc WHEN 12 THEN nk_holds WHEN 13 THEN ARRAY[morat] END AS holds,
  CASE CASE rc WHEN 15 THEN CASE WHEN c_st = 2 THEN c_aw ELSE rev_slot END WHEN 16 THEN na END WHEN 0 THEN 'captured' WHEN 1 THEN 'case_opened' WHEN 2 THEN 'case_closed' END AS missing,
  CASE WHEN rc = 9 THEN 'no decision: an unexpected NULL' ELSE CASE CASE rc WHEN 3 THEN bad WHEN 5 THEN ufn WHEN 6 THEN ufn WHEN 7 THEN chkn WHEN 8 THEN chkn END WHEN 0 THEN 'captured' WHEN 1 THEN 'case_opened' WHEN 2 THEN 'case_closed' END END AS detail
FROM nk_r AS z;
