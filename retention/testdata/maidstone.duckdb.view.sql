CREATE VIEW "retention"."bwc_decisions" AS
-- noticekit retention: schedule maidstone-parking version 2024-1, duckdb
WITH nk_p AS (SELECT CAST(timezone('Europe/London', now()) AS DATE) AS today),
nk_rules (rule_id, ix, act, dis_m, dis_d, cyc, cyc_m, cyc_d, na) AS (VALUES
  ('bwc-footage', 1, 'destroy', 0, 0, FALSE, 0, 0, '')),
nk_v AS (SELECT r."id" AS id, CAST(r."rule" AS VARCHAR) AS rule, p.today AS today, COALESCE(len(r."holds"), 0) > 0 AS nk_held, r."holds" AS nk_holds,
  CAST(r."captured" AS VARCHAR) AS v0, TRUE AS k0,
  CAST(r."case_opened" AS VARCHAR) AS v1, TRUE AS k1,
  CAST(r."case_closed" AS VARCHAR) AS v2, TRUE AS k2
  FROM "records" AS r CROSS JOIN nk_p AS p),
nk_t AS (SELECT *,
  CASE WHEN k0 AND v0 IS NOT NULL THEN CASE WHEN length(v0) = 10 THEN CASE WHEN regexp_full_match(v0, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN CASE WHEN CAST(substr(v0, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v0, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v0, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v0, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v0, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v0, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v0, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v0, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN make_date(CAST(substr(v0, 1, 4) AS INTEGER), CAST(substr(v0, 6, 2) AS INTEGER), CAST(substr(v0, 9, 2) AS INTEGER)) END END
    WHEN length(v0) BETWEEN 20 AND 64 THEN CASE WHEN regexp_full_match(v0, '[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})') THEN CASE WHEN CAST(substr(v0, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v0, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v0, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v0, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v0, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v0, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v0, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v0, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END AND CAST(substr(v0, 12, 2) AS INTEGER) <= 23 AND CAST(substr(v0, 15, 2) AS INTEGER) <= 59 AND CAST(substr(v0, 18, 2) AS INTEGER) <= 60 AND CASE WHEN upper(substr(v0, length(v0), 1)) = 'Z' THEN TRUE ELSE CAST(substr(v0, length(v0) - 4, 2) AS INTEGER) <= 23 AND CAST(substr(v0, length(v0) - 1, 2) AS INTEGER) <= 59 END AND CASE WHEN CAST(substr(v0, 18, 2) AS INTEGER) <> 60 THEN TRUE WHEN (CAST(substr(v0, 12, 2) AS INTEGER) * 60 + CAST(substr(v0, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v0, length(v0), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v0, length(v0) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v0, length(v0) - 4, 2) AS INTEGER) * 60 + CAST(substr(v0, length(v0) - 1, 2) AS INTEGER)) END)) = 1439 THEN (CAST(substr(v0, 6, 2) AS INTEGER) = 6 AND CAST(substr(v0, 9, 2) AS INTEGER) = 30) OR (CAST(substr(v0, 6, 2) AS INTEGER) = 12 AND CAST(substr(v0, 9, 2) AS INTEGER) = 31) WHEN (CAST(substr(v0, 12, 2) AS INTEGER) * 60 + CAST(substr(v0, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v0, length(v0), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v0, length(v0) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v0, length(v0) - 4, 2) AS INTEGER) * 60 + CAST(substr(v0, length(v0) - 1, 2) AS INTEGER)) END)) = -1 THEN (CAST(substr(v0, 6, 2) AS INTEGER) = 7 AND CAST(substr(v0, 9, 2) AS INTEGER) = 1) OR (CAST(substr(v0, 6, 2) AS INTEGER) = 1 AND CAST(substr(v0, 9, 2) AS INTEGER) = 1) ELSE FALSE END
      THEN CAST(timezone('Europe/London', timezone('UTC', make_timestamp(CAST(substr(v0, 1, 4) AS INTEGER), CAST(substr(v0, 6, 2) AS INTEGER), CAST(substr(v0, 9, 2) AS INTEGER), CAST(substr(v0, 12, 2) AS INTEGER), CAST(substr(v0, 15, 2) AS INTEGER), LEAST(CAST(substr(v0, 18, 2) AS INTEGER), 59)) - to_minutes(CASE WHEN upper(substr(v0, length(v0), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v0, length(v0) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v0, length(v0) - 4, 2) AS INTEGER) * 60 + CAST(substr(v0, length(v0) - 1, 2) AS INTEGER)) END))) AS DATE) END END END END AS t0,
  CASE WHEN k1 AND v1 IS NOT NULL THEN CASE WHEN length(v1) = 10 THEN CASE WHEN regexp_full_match(v1, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN CASE WHEN CAST(substr(v1, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v1, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v1, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v1, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v1, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v1, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v1, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v1, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN make_date(CAST(substr(v1, 1, 4) AS INTEGER), CAST(substr(v1, 6, 2) AS INTEGER), CAST(substr(v1, 9, 2) AS INTEGER)) END END
    WHEN length(v1) BETWEEN 20 AND 64 THEN CASE WHEN regexp_full_match(v1, '[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})') THEN CASE WHEN CAST(substr(v1, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v1, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v1, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v1, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v1, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v1, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v1, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v1, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END AND CAST(substr(v1, 12, 2) AS INTEGER) <= 23 AND CAST(substr(v1, 15, 2) AS INTEGER) <= 59 AND CAST(substr(v1, 18, 2) AS INTEGER) <= 60 AND CASE WHEN upper(substr(v1, length(v1), 1)) = 'Z' THEN TRUE ELSE CAST(substr(v1, length(v1) - 4, 2) AS INTEGER) <= 23 AND CAST(substr(v1, length(v1) - 1, 2) AS INTEGER) <= 59 END AND CASE WHEN CAST(substr(v1, 18, 2) AS INTEGER) <> 60 THEN TRUE WHEN (CAST(substr(v1, 12, 2) AS INTEGER) * 60 + CAST(substr(v1, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v1, length(v1), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v1, length(v1) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v1, length(v1) - 4, 2) AS INTEGER) * 60 + CAST(substr(v1, length(v1) - 1, 2) AS INTEGER)) END)) = 1439 THEN (CAST(substr(v1, 6, 2) AS INTEGER) = 6 AND CAST(substr(v1, 9, 2) AS INTEGER) = 30) OR (CAST(substr(v1, 6, 2) AS INTEGER) = 12 AND CAST(substr(v1, 9, 2) AS INTEGER) = 31) WHEN (CAST(substr(v1, 12, 2) AS INTEGER) * 60 + CAST(substr(v1, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v1, length(v1), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v1, length(v1) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v1, length(v1) - 4, 2) AS INTEGER) * 60 + CAST(substr(v1, length(v1) - 1, 2) AS INTEGER)) END)) = -1 THEN (CAST(substr(v1, 6, 2) AS INTEGER) = 7 AND CAST(substr(v1, 9, 2) AS INTEGER) = 1) OR (CAST(substr(v1, 6, 2) AS INTEGER) = 1 AND CAST(substr(v1, 9, 2) AS INTEGER) = 1) ELSE FALSE END
      THEN CAST(timezone('Europe/London', timezone('UTC', make_timestamp(CAST(substr(v1, 1, 4) AS INTEGER), CAST(substr(v1, 6, 2) AS INTEGER), CAST(substr(v1, 9, 2) AS INTEGER), CAST(substr(v1, 12, 2) AS INTEGER), CAST(substr(v1, 15, 2) AS INTEGER), LEAST(CAST(substr(v1, 18, 2) AS INTEGER), 59)) - to_minutes(CASE WHEN upper(substr(v1, length(v1), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v1, length(v1) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v1, length(v1) - 4, 2) AS INTEGER) * 60 + CAST(substr(v1, length(v1) - 1, 2) AS INTEGER)) END))) AS DATE) END END END END AS t1,
  CASE WHEN k2 AND v2 IS NOT NULL THEN CASE WHEN length(v2) = 10 THEN CASE WHEN regexp_full_match(v2, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN CASE WHEN CAST(substr(v2, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v2, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v2, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v2, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v2, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v2, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v2, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v2, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN make_date(CAST(substr(v2, 1, 4) AS INTEGER), CAST(substr(v2, 6, 2) AS INTEGER), CAST(substr(v2, 9, 2) AS INTEGER)) END END
    WHEN length(v2) BETWEEN 20 AND 64 THEN CASE WHEN regexp_full_match(v2, '[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})') THEN CASE WHEN CAST(substr(v2, 1, 4) AS INTEGER) >= 1 AND CAST(substr(v2, 6, 2) AS INTEGER) BETWEEN 1 AND 12 AND CAST(substr(v2, 9, 2) AS INTEGER) BETWEEN 1 AND CASE WHEN CAST(substr(v2, 6, 2) AS INTEGER) = 2 THEN CASE WHEN CAST(substr(v2, 1, 4) AS INTEGER) % 4 = 0 AND (CAST(substr(v2, 1, 4) AS INTEGER) % 100 <> 0 OR CAST(substr(v2, 1, 4) AS INTEGER) % 400 = 0) THEN 29 ELSE 28 END WHEN CAST(substr(v2, 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30 ELSE 31 END AND CAST(substr(v2, 12, 2) AS INTEGER) <= 23 AND CAST(substr(v2, 15, 2) AS INTEGER) <= 59 AND CAST(substr(v2, 18, 2) AS INTEGER) <= 60 AND CASE WHEN upper(substr(v2, length(v2), 1)) = 'Z' THEN TRUE ELSE CAST(substr(v2, length(v2) - 4, 2) AS INTEGER) <= 23 AND CAST(substr(v2, length(v2) - 1, 2) AS INTEGER) <= 59 END AND CASE WHEN CAST(substr(v2, 18, 2) AS INTEGER) <> 60 THEN TRUE WHEN (CAST(substr(v2, 12, 2) AS INTEGER) * 60 + CAST(substr(v2, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v2, length(v2), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v2, length(v2) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v2, length(v2) - 4, 2) AS INTEGER) * 60 + CAST(substr(v2, length(v2) - 1, 2) AS INTEGER)) END)) = 1439 THEN (CAST(substr(v2, 6, 2) AS INTEGER) = 6 AND CAST(substr(v2, 9, 2) AS INTEGER) = 30) OR (CAST(substr(v2, 6, 2) AS INTEGER) = 12 AND CAST(substr(v2, 9, 2) AS INTEGER) = 31) WHEN (CAST(substr(v2, 12, 2) AS INTEGER) * 60 + CAST(substr(v2, 15, 2) AS INTEGER) - (CASE WHEN upper(substr(v2, length(v2), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v2, length(v2) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v2, length(v2) - 4, 2) AS INTEGER) * 60 + CAST(substr(v2, length(v2) - 1, 2) AS INTEGER)) END)) = -1 THEN (CAST(substr(v2, 6, 2) AS INTEGER) = 7 AND CAST(substr(v2, 9, 2) AS INTEGER) = 1) OR (CAST(substr(v2, 6, 2) AS INTEGER) = 1 AND CAST(substr(v2, 9, 2) AS INTEGER) = 1) ELSE FALSE END
      THEN CAST(timezone('Europe/London', timezone('UTC', make_timestamp(CAST(substr(v2, 1, 4) AS INTEGER), CAST(substr(v2, 6, 2) AS INTEGER), CAST(substr(v2, 9, 2) AS INTEGER), CAST(substr(v2, 12, 2) AS INTEGER), CAST(substr(v2, 15, 2) AS INTEGER), LEAST(CAST(substr(v2, 18, 2) AS INTEGER), 59)) - to_minutes(CASE WHEN upper(substr(v2, length(v2), 1)) = 'Z' THEN 0 ELSE CASE WHEN substr(v2, length(v2) - 5, 1) = '-' THEN -1 ELSE 1 END * (CAST(substr(v2, length(v2) - 4, 2) AS INTEGER) * 60 + CAST(substr(v2, length(v2) - 1, 2) AS INTEGER)) END))) AS DATE) END END END END AS t2
  FROM nk_v),
nk_s AS (SELECT *,
  CASE WHEN NOT k0 THEN 0 WHEN v0 IS NULL THEN 1 WHEN t0 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN 2 ELSE 3 END AS s0, CASE WHEN t0 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN t0 END AS d0,
  CASE WHEN NOT k1 THEN 0 WHEN v1 IS NULL THEN 1 WHEN t1 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN 2 ELSE 3 END AS s1, CASE WHEN t1 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN t1 END AS d1,
  CASE WHEN NOT k2 THEN 0 WHEN v2 IS NULL THEN 1 WHEN t2 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN 2 ELSE 3 END AS s2, CASE WHEN t2 BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN t2 END AS d2
  FROM nk_t),
nk_e AS (SELECT f.*, nr.*,
  CASE WHEN s0 = 3 THEN 'captured' WHEN s2 = 3 THEN 'case_closed' WHEN s1 = 3 THEN 'case_opened' END AS bad,
  CASE ix WHEN 1 THEN CASE WHEN s0 = 0 THEN 'fact-unknown' WHEN d0 > today THEN 'fact-in-future' WHEN s1 = 0 THEN 'fact-unknown' WHEN d1 > today THEN 'fact-in-future' WHEN s2 = 0 THEN 'fact-unknown' WHEN d2 > today THEN 'fact-in-future' END END AS ufr,
  CASE ix WHEN 1 THEN CASE WHEN s0 = 0 THEN 'captured' WHEN d0 > today THEN 'captured' WHEN s1 = 0 THEN 'case_opened' WHEN d1 > today THEN 'case_opened' WHEN s2 = 0 THEN 'case_closed' WHEN d2 > today THEN 'case_closed' END END AS ufn,
  CASE WHEN d2 IS NOT NULL AND s1 = 1 THEN 'prerequisite-not-happened' WHEN d2 < d1 THEN 'facts-out-of-order' END AS chkr,
  CASE WHEN d2 IS NOT NULL AND s1 = 1 THEN 'case_closed' WHEN d2 < d1 THEN 'case_closed' END AS chkn,
  CAST(NULL AS VARCHAR) AS morat,
  CASE ix
    WHEN 1 THEN GREATEST((CASE WHEN d0 IS NULL THEN 2 ELSE 1 END), (CASE WHEN d1 IS NULL THEN 0 WHEN d2 IS NULL THEN 2 ELSE 1 END)) END AS c_st,
  CASE ix
    WHEN 1 THEN GREATEST(CASE WHEN (CASE WHEN d0 IS NULL THEN 2 ELSE 1 END) = 1 THEN (d0 + 61) END, CASE WHEN (CASE WHEN d1 IS NULL THEN 0 WHEN d2 IS NULL THEN 2 ELSE 1 END) = 1 THEN (d2 + 1) END) END AS c_due,
  CASE ix
    WHEN 1 THEN CASE WHEN (CASE WHEN d0 IS NULL THEN 2 ELSE 1 END) = 2 THEN 'captured' WHEN (CASE WHEN d1 IS NULL THEN 0 WHEN d2 IS NULL THEN 2 ELSE 1 END) = 2 THEN 'case_closed' END END AS c_aw,
  CAST(NULL AS DATE) AS rev_base
  FROM nk_s AS f LEFT JOIN nk_rules AS nr ON nr.rule_id = f.rule),
nk_n AS (SELECT *,
  CASE WHEN cyc AND rev_base IS NOT NULL THEN (CAST(CASE WHEN CAST(NULL AS DATE) > rev_base THEN CAST(NULL AS DATE) ELSE rev_base END + to_months(cyc_m) AS DATE) + cyc_d + 1) END AS rev_p,
  CASE WHEN dis_m <> 0 OR dis_d <> 0 THEN (CAST(c_due + to_months(dis_m) AS DATE) + dis_d) END AS dis_by
  FROM nk_e),
nk_x AS (SELECT *, CASE WHEN NOT cyc THEN NULL
    WHEN act = 'review' AND c_st = 1 AND CAST(NULL AS DATE) >= c_due THEN (CAST(CAST(NULL AS DATE) + to_months(cyc_m) AS DATE) + cyc_d + 1)
    WHEN act = 'review' AND c_st = 1 AND (rev_p IS NULL OR c_due < rev_p) THEN c_due
    ELSE rev_p END AS nxt
  FROM nk_n),
nk_r AS (SELECT *, CASE
  WHEN bad IS NOT NULL THEN 'malformed-fact'
  WHEN ix IS NULL THEN 'unknown-rule'
  WHEN today IS NULL THEN 'no-today'
  WHEN ufr IS NOT NULL THEN ufr
  WHEN chkr IS NOT NULL THEN chkr
  WHEN nk_held THEN 'record-hold'
  WHEN morat IS NOT NULL THEN 'moratorium'
  WHEN act = 'keep' THEN 'keep'
  WHEN today >= nxt AND ((c_st = 1 AND today >= c_due) AND act IN ('destroy', 'anonymise', 'transfer')) IS NOT TRUE THEN
    CASE WHEN (c_st = 1 AND today >= c_due) AND act = 'review' THEN 'review-at-end' ELSE 'review-cycle-due' END
  WHEN c_st = 0 THEN 'no-clause-applies'
  WHEN c_st = 2 THEN 'missing-fact'
  WHEN c_st = 1 AND today < c_due THEN CASE WHEN c_due > DATE '9999-12-31' THEN 'due-beyond-range' ELSE 'period-running' END
  WHEN (c_st = 1 AND today >= c_due) AND act = 'review' THEN CASE WHEN nxt > DATE '9999-12-31' THEN 'due-beyond-range' ELSE 'reviewed' END
  WHEN (c_st = 1 AND today >= c_due) AND act IN ('destroy', 'anonymise', 'transfer') THEN 'period-ended'
  ELSE 'malformed-record' END AS reason
  FROM nk_x)
SELECT id, rule, '2024-1' AS schedule_version,
  CASE
    WHEN reason IN ('no-schedule', 'unknown-rule', 'malformed-fact', 'undeclared-fact', 'fact-unknown', 'fact-in-future', 'facts-out-of-order', 'prerequisite-not-happened', 'malformed-record', 'other-schedule', 'no-today') THEN 'cannot-evaluate'
    WHEN reason IN ('record-hold', 'moratorium') THEN 'held'
    WHEN reason IN ('keep') THEN 'permanent'
    WHEN reason IN ('review-cycle-due', 'review-at-end') THEN 'review-due'
    WHEN reason IN ('missing-fact', 'no-clause-applies') THEN 'awaiting-event'
    WHEN reason IN ('period-running', 'reviewed', 'due-beyond-range') THEN 'not-yet'
    WHEN reason IN ('period-ended') THEN 'eligible' END AS outcome,
  reason,
  CASE reason WHEN 'review-cycle-due' THEN nxt WHEN 'period-running' THEN c_due WHEN 'period-ended' THEN c_due WHEN 'reviewed' THEN nxt WHEN 'review-at-end' THEN CASE WHEN nxt > c_due THEN nxt ELSE c_due END END AS due,
  CASE WHEN nxt <= DATE '9999-12-31' AND reason NOT IN ('no-schedule', 'unknown-rule', 'malformed-fact', 'undeclared-fact', 'fact-unknown', 'fact-in-future', 'facts-out-of-order', 'prerequisite-not-happened', 'malformed-record', 'other-schedule', 'no-today') THEN nxt END AS next_review,
  CASE WHEN reason = 'period-ended' THEN act END AS action,
  CASE WHEN reason = 'period-ended' AND dis_by <= DATE '9999-12-31' THEN dis_by END AS must_dispose_by,
  CASE WHEN reason = 'period-ended' AND dis_by <= DATE '9999-12-31' AND today > dis_by THEN TRUE ELSE FALSE END AS overdue,
  CASE reason WHEN 'record-hold' THEN nk_holds WHEN 'moratorium' THEN [morat] END AS holds,
  CASE reason WHEN 'missing-fact' THEN c_aw WHEN 'no-clause-applies' THEN na END AS missing,
  CASE reason WHEN 'malformed-fact' THEN bad WHEN 'fact-unknown' THEN ufn WHEN 'fact-in-future' THEN ufn WHEN 'facts-out-of-order' THEN chkn WHEN 'prerequisite-not-happened' THEN chkn WHEN 'malformed-record' THEN 'no decision: an unexpected NULL' END AS detail
FROM nk_r AS z;
