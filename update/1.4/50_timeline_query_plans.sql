
-- ---------------------------------------------------------------------------------------
-- The timelines are read without JIT compilation. Both are index-driven reads whose
-- time goes to the rows they return, where JIT never pays back its compile: a common
-- word of timeline(tsquery) over the bench's 100,000 articles spent 49 ms of about 600
-- compiling, and a plan estimated above jit_optimize_above_cost spends 750 ms more
-- (inlining and optimizing, in the leader and in each parallel worker).
-- (Two changes to timeline(tsquery) were tried and measured, and not kept: fencing the
-- matching reports off first, as a materialized CTE, took a few milliseconds off rare
-- words but lost the planner's parallel hash joins for common ones, and the bench's
-- median went from 500 to 600 ms; planning every call for its own word
-- (plan_cache_mode) made rare words ten times faster on a copy of the bench's data,
-- but in the bench itself one word planned so took 6 s.)
-- ---------------------------------------------------------------------------------------
ALTER FUNCTION nato_news.timeline(tsquery, date, date) SET jit = off;
ALTER FUNCTION nato_news.timeline(nato_news.entity, date, date) SET jit = off;
