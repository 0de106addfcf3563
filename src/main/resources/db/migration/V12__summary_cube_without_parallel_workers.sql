-- The cube tables are small, but the planner cannot estimate a bit-mask filter on them and
-- starts a parallel worker for the events-per-year sum, which costs more than the scan.
alter table tender_cube set (parallel_workers = 0);
alter table tender_cube_year set (parallel_workers = 0);
