-- Synthetic NHS tenders for benchmarks. Run by scripts/generate-data.sh (as the PostgreSQL
-- superuser, against a database the app has already migrated); not a Flyway migration.
--
-- psql variables: n (tenders to add), seed (for setseed, -1..1), asof (the "today" of the data:
-- events dated after it count as expected).
--
-- Everything runs in one transaction, so a failure leaves the database as it was. Per-row
-- triggers and foreign-key checks are off for the load (session_replication_role = replica);
-- the columns those triggers keep (search_vector, latest_event_*, the masks) are computed set-based from
-- the same rows instead, and every foreign key is checked with one anti-join per table at the end.
-- Secondary indexes on the bulk tables are dropped first and rebuilt after the load, from
-- their own definitions.

\set ON_ERROR_STOP on
set client_min_messages = warning;
set session_replication_role = replica;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '1GB';
set max_parallel_maintenance_workers = 2;
set jit = off;
set temp_buffers = '3GB';  -- the working tables stay in memory

begin;
select setseed(:seed) \g /dev/null

-- Progress lines: label, rows, seconds since the previous line.
create temp table g_clock (started timestamptz not null, last timestamptz not null);
insert into g_clock values (clock_timestamp(), clock_timestamp());
create function pg_temp.phase(label text, n_rows bigint default null) returns text language plpgsql as $$
declare
    prev timestamptz;
    now_ts timestamptz := clock_timestamp();
begin
    select last into prev from g_clock;
    update g_clock set last = now_ts;
    return format('  %-36s %12s %8s s', label, coalesce(to_char(n_rows, 'FM999,999,999,990'), ''),
                  to_char(extract(epoch from now_ts - prev), 'FM99990.0'));
end $$;

-- Ids continue after whatever is there (the eight seeded tenders and their rows).
select coalesce(max(id), 0) as tbase from tender \gset
select coalesce(max(id), 0) as ebase from tender_event \gset
select coalesce(max(id), 0) as cbase from commissioner \gset
select coalesce(max(id), 0) as bbase from bidder \gset
select coalesce(max(id), 0) as sbase from source \gset

-- Secondary indexes of the bulk tables: remember, drop, rebuild at the end.
create temp table g_index as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
from pg_index i
join pg_class t on t.oid = i.indrelid
join pg_namespace ns on ns.oid = t.relnamespace
where ns.nspname = 'public'
  and t.relname in ('tender', 'tender_event', 'tender_event_source', 'bid', 'tender_service_area',
                    'tender_commissioner', 'tender_source', 'reported_figure')
  and not i.indisunique and not i.indisprimary
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
select format('drop index %s', name) from g_index \gexec
select pg_temp.phase('dropped secondary indexes', (select count(*) from g_index));

-- Places ---------------------------------------------------------------------------------------
-- Real English places, each with its ITL1 region; the NHS England region follows from ITL1.
create temp table g_place (id int primary key, name text not null, itl text not null, region text not null);
insert into g_place
select row_number() over (), name, itl,
       case itl when 'TLC' then 'NORTH_EAST_AND_YORKSHIRE' when 'TLE' then 'NORTH_EAST_AND_YORKSHIRE'
                when 'TLD' then 'NORTH_WEST' when 'TLF' then 'MIDLANDS' when 'TLG' then 'MIDLANDS'
                when 'TLH' then 'EAST_OF_ENGLAND' when 'TLI' then 'LONDON' when 'TLJ' then 'SOUTH_EAST'
                else 'SOUTH_WEST' end
from (values
    ('Newcastle upon Tyne', 'TLC'), ('Sunderland', 'TLC'), ('Gateshead', 'TLC'), ('Durham', 'TLC'),
    ('Darlington', 'TLC'), ('Middlesbrough', 'TLC'), ('Hartlepool', 'TLC'), ('Stockton-on-Tees', 'TLC'),
    ('South Tyneside', 'TLC'), ('North Tyneside', 'TLC'), ('Northumberland', 'TLC'), ('Redcar and Cleveland', 'TLC'),
    ('Leeds', 'TLE'), ('Bradford', 'TLE'), ('Sheffield', 'TLE'), ('York', 'TLE'), ('Hull', 'TLE'),
    ('Wakefield', 'TLE'), ('Doncaster', 'TLE'), ('Rotherham', 'TLE'), ('Barnsley', 'TLE'), ('Kirklees', 'TLE'),
    ('Calderdale', 'TLE'), ('Harrogate', 'TLE'), ('Scarborough', 'TLE'), ('North Lincolnshire', 'TLE'),
    ('North East Lincolnshire', 'TLE'), ('East Riding of Yorkshire', 'TLE'),
    ('Manchester', 'TLD'), ('Liverpool', 'TLD'), ('Salford', 'TLD'), ('Bolton', 'TLD'), ('Wigan', 'TLD'),
    ('Stockport', 'TLD'), ('Oldham', 'TLD'), ('Rochdale', 'TLD'), ('Bury', 'TLD'), ('Tameside', 'TLD'),
    ('Trafford', 'TLD'), ('Blackpool', 'TLD'), ('Blackburn with Darwen', 'TLD'), ('Preston', 'TLD'),
    ('Lancaster', 'TLD'), ('Carlisle', 'TLD'), ('Wirral', 'TLD'), ('St Helens', 'TLD'), ('Warrington', 'TLD'),
    ('Cheshire', 'TLD'), ('Knowsley', 'TLD'), ('Sefton', 'TLD'), ('Halton', 'TLD'), ('Burnley', 'TLD'),
    ('Barrow-in-Furness', 'TLD'),
    ('Nottingham', 'TLF'), ('Derby', 'TLF'), ('Leicester', 'TLF'), ('Lincoln', 'TLF'), ('Northampton', 'TLF'),
    ('Mansfield', 'TLF'), ('Chesterfield', 'TLF'), ('Rutland', 'TLF'), ('Kettering', 'TLF'), ('Boston', 'TLF'),
    ('Grantham', 'TLF'), ('Loughborough', 'TLF'),
    ('Birmingham', 'TLG'), ('Coventry', 'TLG'), ('Wolverhampton', 'TLG'), ('Dudley', 'TLG'), ('Walsall', 'TLG'),
    ('Sandwell', 'TLG'), ('Solihull', 'TLG'), ('Stoke-on-Trent', 'TLG'), ('Stafford', 'TLG'),
    ('Shrewsbury', 'TLG'), ('Telford', 'TLG'), ('Worcester', 'TLG'), ('Hereford', 'TLG'), ('Warwick', 'TLG'),
    ('Redditch', 'TLG'), ('Nuneaton', 'TLG'), ('Cannock', 'TLG'), ('Burton upon Trent', 'TLG'),
    ('Cambridge', 'TLH'), ('Peterborough', 'TLH'), ('Norwich', 'TLH'), ('Ipswich', 'TLH'), ('Colchester', 'TLH'),
    ('Chelmsford', 'TLH'), ('Luton', 'TLH'), ('Bedford', 'TLH'), ('Southend-on-Sea', 'TLH'), ('Basildon', 'TLH'),
    ('King''s Lynn', 'TLH'), ('Great Yarmouth', 'TLH'), ('Bury St Edmunds', 'TLH'), ('Watford', 'TLH'),
    ('Stevenage', 'TLH'), ('St Albans', 'TLH'), ('Hertford', 'TLH'), ('Harlow', 'TLH'), ('Thurrock', 'TLH'),
    ('Huntingdon', 'TLH'),
    ('Camden', 'TLI'), ('Islington', 'TLI'), ('Hackney', 'TLI'), ('Tower Hamlets', 'TLI'), ('Southwark', 'TLI'),
    ('Lambeth', 'TLI'), ('Lewisham', 'TLI'), ('Greenwich', 'TLI'), ('Croydon', 'TLI'), ('Barnet', 'TLI'),
    ('Enfield', 'TLI'), ('Haringey', 'TLI'), ('Ealing', 'TLI'), ('Hounslow', 'TLI'), ('Hillingdon', 'TLI'),
    ('Brent', 'TLI'), ('Harrow', 'TLI'), ('Westminster', 'TLI'), ('Kensington and Chelsea', 'TLI'),
    ('Wandsworth', 'TLI'), ('Newham', 'TLI'), ('Barking and Dagenham', 'TLI'), ('Redbridge', 'TLI'),
    ('Bromley', 'TLI'), ('Kingston upon Thames', 'TLI'), ('Richmond upon Thames', 'TLI'), ('Sutton', 'TLI'),
    ('Merton', 'TLI'),
    ('Oxford', 'TLJ'), ('Reading', 'TLJ'), ('Brighton and Hove', 'TLJ'), ('Southampton', 'TLJ'),
    ('Portsmouth', 'TLJ'), ('Canterbury', 'TLJ'), ('Maidstone', 'TLJ'), ('Guildford', 'TLJ'), ('Crawley', 'TLJ'),
    ('Basingstoke', 'TLJ'), ('Winchester', 'TLJ'), ('Slough', 'TLJ'), ('High Wycombe', 'TLJ'),
    ('Aylesbury', 'TLJ'), ('Chichester', 'TLJ'), ('Hastings', 'TLJ'), ('Eastbourne', 'TLJ'),
    ('Isle of Wight', 'TLJ'), ('Medway', 'TLJ'), ('Dartford', 'TLJ'), ('Ashford', 'TLJ'),
    ('Tunbridge Wells', 'TLJ'), ('Worthing', 'TLJ'), ('Bracknell', 'TLJ'),
    ('Bristol', 'TLK'), ('Plymouth', 'TLK'), ('Exeter', 'TLK'), ('Torbay', 'TLK'), ('Cornwall', 'TLK'),
    ('Gloucester', 'TLK'), ('Cheltenham', 'TLK'), ('Swindon', 'TLK'), ('Bath', 'TLK'), ('Taunton', 'TLK'),
    ('Yeovil', 'TLK'), ('Bournemouth', 'TLK'), ('Poole', 'TLK'), ('Dorchester', 'TLK'), ('Salisbury', 'TLK'),
    ('Weston-super-Mare', 'TLK'), ('Barnstaple', 'TLK')
) v(name, itl);

create temp table g_region (code text primary key, label text not null, home text not null);
insert into g_region values
    ('NORTH_EAST_AND_YORKSHIRE', 'North East and Yorkshire', 'Leeds'), ('NORTH_WEST', 'North West', 'Manchester'),
    ('MIDLANDS', 'Midlands', 'Birmingham'), ('EAST_OF_ENGLAND', 'East of England', 'Cambridge'),
    ('LONDON', 'London', 'Westminster'), ('SOUTH_EAST', 'South East', 'Reading'),
    ('SOUTH_WEST', 'South West', 'Bristol');

-- Commissioners --------------------------------------------------------------------------------
-- Each place has a PCT (to 2013), a CCG (2013-2022), a council, three trusts, a public health
-- team, a GP federation and a primary care network; ICBs (from July 2022) cover up to four
-- places of one ITL1 region; NHS England has a team per region; a few national bodies.
-- weight: lower means busier (ICBs and NHS England teams run the most procurements).
create temp table g_icb as
with p as (select g.*, row_number() over (partition by itl order by id) - 1 as rn from g_place g),
     grp as (select itl, rn / 4 as grp, array_agg(name order by id) as names, min(id) as lead_id
             from p group by itl, rn / 4)
select p.id as place_id,
       'NHS ' || case when cardinality(grp.names) = 1 then grp.names[1]
                      else grp.names[1] || ' and ' || grp.names[2] end || ' ICB' as icb_name,
       grp.lead_id
from p join grp on grp.itl = p.itl and grp.grp = p.rn / 4;

create temp table g_comm_src (
    name text not null, type text not null, kind text not null, place_id int, region text, itl text,
    abolished_on date, start_on date, succ_name text, pred_name text, weight numeric not null);

insert into g_comm_src
select x.name, x.type, x.kind, p.id, p.region, p.itl, x.abolished_on, x.start_on, x.succ_name, x.pred_name, x.weight
from g_place p
join g_icb i on i.place_id = p.id
join g_place lead on lead.id = i.lead_id
cross join lateral (values
    ('NHS ' || p.name || ' CCG', 'CCG', 'ccg', date '2022-07-01', date '2013-04-01', i.icb_name,
     p.name || ' Primary Care Trust', 2.0),
    (p.name || ' Primary Care Trust', 'OTHER', 'pct', date '2013-04-01', null, 'NHS ' || p.name || ' CCG', null, 4.0),
    (case when p.itl = 'TLI' then 'London Borough of ' || p.name
          else p.name || ' ' || (array['City Council', 'Borough Council', 'County Council',
                                       'Metropolitan Borough Council', 'Council'])[1 + p.id % 5] end,
     'LOCAL_AUTHORITY', 'council', null, null, null, null, 3.0),
    (p.name || ' Hospitals NHS Foundation Trust', 'NHS_TRUST', 'acute', null, null, null, null, 2.5),
    (p.name || ' Community Health Services NHS Trust', 'NHS_TRUST', 'community', null, null, null, null, 4.0),
    (p.name || ' Mental Health NHS Foundation Trust', 'NHS_TRUST', 'mental_health', null, null, null, null, 4.0),
    (p.name || ' Public Health Team', 'LOCAL_AUTHORITY', 'public_health', null, null, null, null, 5.0),
    (p.name || ' GP Federation', 'OTHER', 'gp_federation', null, null, null, null, 6.0),
    (p.name || ' Central Primary Care Network', 'OTHER', 'pcn', null, null, null, null, 8.0)
) x(name, type, kind, abolished_on, start_on, succ_name, pred_name, weight);

insert into g_comm_src
select distinct i.icb_name, 'ICB', 'icb', lead.id, lead.region, lead.itl, null::date, date '2022-07-01', null,
       'NHS ' || lead.name || ' CCG', 1.0
from g_icb i join g_place lead on lead.id = i.lead_id;

insert into g_comm_src
select 'NHS England ' || r.label, 'NHS_ENGLAND_REGIONAL', 'nhse', p.id, r.code, p.itl, null, null, null, null, 1.5
from g_region r join g_place p on p.name = r.home;

insert into g_comm_src (name, type, kind, abolished_on, start_on, succ_name, pred_name, weight) values
    ('NHS England', 'NHS_ENGLAND_NATIONAL', 'national', null, null, null, null, 2.5),
    ('NHS Supply Chain', 'OTHER', 'national', null, null, null, null, 3.0),
    ('Public Health England', 'OTHER', 'national', '2021-10-01', null, 'UK Health Security Agency', null, 5.0),
    ('UK Health Security Agency', 'OTHER', 'national', null, '2021-10-01', null, 'Public Health England', 5.0),
    ('NHS Digital', 'OTHER', 'national', '2023-02-01', null, 'NHS England', null, 5.0),
    ('Health Education England', 'OTHER', 'national', '2023-04-01', null, 'NHS England', null, 6.0);

-- Names already in the database (the seed's CCGs and ICBs) are not added again; links by name
-- resolve to them instead.
delete from g_comm_src s where exists (select 1 from commissioner c where lower(c.name) = lower(s.name));

create temp table g_comm as
select :cbase + row_number() over (order by s.kind, s.place_id, s.name) as id, s.*,
       (array['QA', 'QB', 'QC', 'QD', 'QE', 'QF', 'QG', 'QH', 'QJ', 'QK'])[1 + floor(random() * 10)::int]
           || lpad((floor(random() * 1000))::int::text, 3, '0') as ods
from g_comm_src s;

-- Every commissioner (seeded or new) by lower-case name, for successor and predecessor links.
create temp table g_comm_name as
select lower(name) as lname, id from commissioner
union all select lower(name), id from g_comm;
create unique index on g_comm_name (lname);

insert into commissioner (id, name, type, nhs_region, itl_region, ods_code, abolished, abolished_on, successor_id, notes)
select c.id, c.name, c.type, c.region, c.itl,
       case when c.kind in ('ccg', 'icb', 'pct', 'acute', 'community', 'mental_health') then c.ods end,
       c.abolished_on is not null, c.abolished_on, succ.id,
       'Synthetic commissioner generated for benchmarks.'
from g_comm c left join g_comm_name succ on succ.lname = lower(c.succ_name)
order by c.id;
select pg_temp.phase('commissioners', :ROW_COUNT);

-- Era rules: which body a tender dated d really goes to. A CCG after July 2022 is its ICB; an
-- ICB before then is its lead CCG; a CCG before April 2013 is its PCT; and so on.
create temp table g_comm_era as
select c.id, c.abolished_on, c.start_on, succ.id as succ_id, pred.id as pred_id
from g_comm c
left join g_comm_name succ on succ.lname = lower(c.succ_name)
left join g_comm_name pred on pred.lname = lower(c.pred_name)
union all
select c.id, c.abolished_on, null, c.successor_id, null from commissioner c where c.id <= :cbase;
create unique index on g_comm_era (id);

-- Popularity: rank 1 is the busiest. Tenders pick rank floor(n * random()^3) + 1.
create temp table g_comm_rank as
select row_number() over (order by weight * (0.35 + random()), id) as rank, id, kind, place_id
from g_comm;
create unique index on g_comm_rank (rank);
select count(*) as ncomm from g_comm_rank \gset

-- Bidders --------------------------------------------------------------------------------------
create temp table g_bidder_src (name text not null, type text not null, weight numeric not null);

insert into g_bidder_src
select stem || ' ' || word || ' ' || suffix, 'PRIVATE_COMPANY',
       case when suffix in ('Group', 'plc', 'Holdings') then 1.0 else 2.0 end
from unnest(array['Abbey', 'Acorn', 'Alder', 'Amber', 'Anchor', 'Apex', 'Arbour', 'Aspen', 'Aurora', 'Beacon',
                  'Beech', 'Birch', 'Bluebell', 'Bramble', 'Briar', 'Brook', 'Cedar', 'Chestnut', 'Clover',
                  'Compass', 'Coral', 'Crest', 'Crown', 'Elm', 'Evergreen', 'Fern', 'Forge', 'Foxglove',
                  'Gateway', 'Granite', 'Hawthorn', 'Hazel', 'Heather', 'Heron', 'Holly', 'Horizon', 'Ivy',
                  'Juniper', 'Kestrel', 'Keystone', 'Lantern', 'Larch', 'Laurel', 'Linden', 'Lighthouse',
                  'Maple', 'Meadow', 'Meridian', 'Oak', 'Orchard', 'Osprey', 'Pennine', 'Pinnacle', 'Poplar',
                  'Primrose', 'Quayside', 'Riverside', 'Rowan', 'Sage', 'Sapphire', 'Skylark', 'Spruce',
                  'Summit', 'Sycamore', 'Thistle', 'Unity', 'Vale', 'Vantage', 'Willow', 'Wren']) stem
cross join unnest(array['Healthcare', 'Health', 'Care', 'Medical', 'Diagnostics', 'Imaging', 'Therapies',
                        'Community Care', 'Clinical Services', 'Patient Transport', 'Pathology', 'Facilities',
                        'Support Services', 'Homecare', 'Wellbeing', 'Digital Health', 'Pharmacy', 'Dental Care',
                        'Hearing', 'Eye Care', 'Physiotherapy', 'Estates', 'Cleaning', 'Catering', 'Staffing',
                        'Locums', 'Medical Supplies', 'Mobility', 'Rehabilitation', 'Nursing',
                        'Health Solutions', 'Care Partners', 'Ambulance', 'Laboratories', 'Health Systems']) word
cross join unnest(array['Ltd', 'Limited', 'Group', 'plc', 'UK Ltd', 'Holdings', 'Services Ltd', 'and Co']) suffix;

insert into g_bidder_src
select p.name || x.suffix, x.type, x.weight
from g_place p
cross join (values
    (' Hospitals NHS Foundation Trust', 'NHS_FOUNDATION_TRUST', 1.5),
    (' Community Health Services NHS Trust', 'NHS_TRUST', 1.5),
    (' Mental Health NHS Foundation Trust', 'NHS_FOUNDATION_TRUST', 2.0),
    (' Hospice', 'THIRD_SECTOR', 3.0),
    (' Community Interest Company', 'THIRD_SECTOR', 3.0),
    (' Carers Centre', 'THIRD_SECTOR', 4.0),
    (' Council for Voluntary Service', 'THIRD_SECTOR', 4.0),
    (' Wellbeing Trust', 'THIRD_SECTOR', 3.0),
    (' Health Alliance', 'CONSORTIUM', 3.0),
    (' Provider Alliance', 'CONSORTIUM', 3.5),
    (' Integrated Care Partnership LLP', 'LLP_JOINT_VENTURE', 3.0),
    (' Community Partnership LLP', 'LLP_JOINT_VENTURE', 3.5)
) x(suffix, type, weight);

delete from g_bidder_src s where exists (select 1 from bidder b where lower(b.name) = lower(s.name));

-- About 20,000 bidders: every trust, charity, alliance and LLP, and private companies for the rest.
create temp table g_bidder as
with pick as (
    select s.*, row_number() over (partition by s.type = 'PRIVATE_COMPANY' order by random()) as pick_no
    from g_bidder_src s)
select :bbase + row_number() over (order by type, name) as id, name, type, weight
from pick
where type <> 'PRIVATE_COMPANY'
   or pick_no <= 20000 - (select count(*) from g_bidder_src where type <> 'PRIVATE_COMPANY');

insert into bidder (id, name, type, former_names, description)
select id, name, type, '{}', case when random() < 0.02 then 'Synthetic bidder generated for benchmarks.' end
from g_bidder order by id;
select pg_temp.phase('bidders', :ROW_COUNT);

create temp table g_bidder_rank as
select row_number() over (order by weight * (0.35 + random()), id) as rank, id, type from g_bidder;
create unique index on g_bidder_rank (rank);
select count(*) as nbid from g_bidder_rank \gset

-- Consortia and joint ventures have two to four members.
insert into bidder_member (consortium_id, member_id, lead)
select x.consortium_id, m.id, x.k = 1
from (select c.id as consortium_id, k, 1 + floor(:nbid * random() ^ 2)::int as member_rank
      from g_bidder c cross join lateral generate_series(1, 2 + floor(random() * 3)::int) k
      where c.type in ('CONSORTIUM', 'LLP_JOINT_VENTURE')) x
join g_bidder_rank m on m.rank = x.member_rank
where m.id <> x.consortium_id and m.type not in ('CONSORTIUM', 'LLP_JOINT_VENTURE')
on conflict do nothing;
select pg_temp.phase('consortium members', :ROW_COUNT);

-- Sources --------------------------------------------------------------------------------------
-- One source per publication per month it was active, 2010-2026: notices (procurement portals)
-- and news (trade press, board papers).
create temp table g_pub (name text, kind text, from_month date, to_month date, title text);
insert into g_pub values
    ('Supply2Health', 'notice', '2010-01-01', '2014-12-01', 'Supply2Health adverts'),
    ('Contracts Finder', 'notice', '2011-02-01', '2026-12-01', 'Contracts Finder notices'),
    ('Tenders Electronic Daily', 'notice', '2010-01-01', '2020-12-01', 'OJEU notices for UK health services'),
    ('Find a Tender', 'notice', '2021-01-01', '2026-12-01', 'Find a Tender notices'),
    ('HSJ', 'news', '2010-01-01', '2026-12-01', 'HSJ coverage of NHS contracts'),
    ('Local Government Chronicle', 'news', '2010-01-01', '2026-12-01', 'LGC coverage of council health contracts'),
    ('Pulse', 'news', '2010-01-01', '2026-12-01', 'Pulse reports on primary care contracts'),
    ('Nursing Times', 'news', '2010-01-01', '2026-12-01', 'Nursing Times reports on community services'),
    ('National Health Executive', 'news', '2010-01-01', '2026-12-01', 'National Health Executive contract news'),
    ('Digital Health', 'news', '2012-01-01', '2026-12-01', 'Digital Health reports on NHS IT contracts'),
    ('PCT board papers', 'news', '2010-01-01', '2013-03-01', 'PCT board papers'),
    ('CCG governing body papers', 'news', '2013-04-01', '2022-06-01', 'CCG governing body papers'),
    ('ICB board papers', 'news', '2022-07-01', '2026-12-01', 'ICB board papers');

create temp table g_src as
select :sbase + row_number() over (order by m, p.kind, p.name) as id, p.name as publication, p.kind, p.title,
       m::date as month,
       ((extract(year from m)::int - 2010) * 12 + extract(month from m)::int - 1) as mkey,
       row_number() over (partition by p.kind, m order by p.name) - 1 as slot
from g_pub p cross join generate_series(p.from_month, p.to_month, interval '1 month') m;
create temp table g_src_count as select kind, mkey, count(*)::int as cnt from g_src group by kind, mkey;
create unique index on g_src (kind, mkey, slot);
create unique index on g_src_count (kind, mkey);

insert into source (id, publication, published_on, published_precision, title, summary, citation, url)
select id, publication, month, 'MONTH', title || ', ' || to_char(month, 'FMMonth YYYY'),
       'Synthetic source generated for benchmarks: stands for ' || lower(left(title, 1)) || substr(title, 2)
           || ' published in ' || to_char(month, 'FMMonth YYYY') || '.',
       null, null
from g_src order by id;
select pg_temp.phase('sources', :ROW_COUNT);

-- Services -------------------------------------------------------------------------------------
-- name: for titles; phrase: mid-sentence; detail: what it covers; weight: how common.
create temp table g_svc (id int primary key, name text, phrase text, area1 text, area2 text, weight int, detail text);
insert into g_svc
select row_number() over (), * from (values
    ('Community musculoskeletal service', 'community musculoskeletal services', 'MUSCULOSKELETAL', 'COMMUNITY', 30,
     'covering physiotherapy, podiatry, rheumatology and pain management'),
    ('Integrated musculoskeletal pathway', 'an integrated musculoskeletal pathway', 'MUSCULOSKELETAL', 'INTEGRATED_CARE', 8,
     'from self-referral through to elective orthopaedic surgery'),
    ('Diagnostic imaging services', 'diagnostic imaging', 'OTHER', null, 25,
     'including MRI, CT and ultrasound scanning in community settings'),
    ('Non-emergency patient transport service', 'non-emergency patient transport', 'OTHER', null, 25,
     'for eligible patients travelling to hospital appointments and going home after discharge'),
    ('Integrated urgent care and NHS 111', 'integrated urgent care, including NHS 111', 'INTEGRATED_CARE', 'PRIMARY_CARE', 12,
     'with a clinical assessment service and out of hours GP cover'),
    ('Wheelchair services', 'wheelchair services', 'COMMUNITY', null, 10,
     'covering assessment, provision, repair and maintenance of wheelchairs and special seating'),
    ('End of life care', 'end of life care', 'END_OF_LIFE', 'COMMUNITY', 15,
     'coordinating hospice beds, community nursing and care home support in the last year of life'),
    ('Specialist palliative care', 'specialist palliative care', 'END_OF_LIFE', 'CANCER', 8,
     'for adults with life-limiting illness, at home, in hospital and in hospices'),
    ('Mental health crisis support', 'mental health crisis support', 'MENTAL_HEALTH', null, 15,
     'with a round-the-clock crisis line, crisis cafes and home treatment'),
    ('Pathology services', 'pathology', 'OTHER', null, 12,
     'covering blood sciences, microbiology and cellular pathology for hospitals and GP practices'),
    ('Adult hearing services (audiology)', 'adult hearing services (audiology)', 'COMMUNITY', 'OLDER_PEOPLE', 3,
     'offering hearing assessment, hearing aid fitting and aftercare'),
    ('Cleaning services', 'cleaning services', 'OTHER', null, 20,
     'for hospital wards, clinics and community premises'),
    ('PPE supplies', 'personal protective equipment (PPE) supplies', 'OTHER', null, 6,
     'including gloves, aprons, masks and eye protection'),
    ('Electronic patient record system', 'an electronic patient record system', 'OTHER', null, 6,
     'including implementation, training and links to GP systems'),
    ('Cancer care services', 'cancer care', 'CANCER', null, 10,
     'joining up diagnosis, treatment and follow-up across hospitals and the community'),
    ('Chemotherapy at home', 'chemotherapy at home', 'CANCER', 'COMMUNITY', 3,
     'so that patients can receive treatment without travelling to hospital'),
    ('Radiotherapy services', 'radiotherapy', 'CANCER', null, 3,
     'at a satellite centre closer to patients'),
    ('Breast screening programme', 'breast screening', 'CANCER', null, 4,
     'using static and mobile screening units'),
    ('Older people''s services', 'older people''s services', 'OLDER_PEOPLE', 'COMMUNITY', 12,
     'joining up acute and community care for people over 65'),
    ('Dementia care and support', 'dementia care and support', 'OLDER_PEOPLE', 'MENTAL_HEALTH', 8,
     'from memory assessment to post-diagnosis support for carers'),
    ('Intermediate care and reablement', 'intermediate care and reablement', 'OLDER_PEOPLE', 'COMMUNITY', 8,
     'to help people recover at home after a stay in hospital'),
    ('Care home support service', 'care home support', 'OLDER_PEOPLE', 'PRIMARY_CARE', 5,
     'with weekly clinical reviews for residents of care homes'),
    ('Community nursing', 'community nursing', 'COMMUNITY', null, 12,
     'including district nursing, tissue viability and continence care'),
    ('Children''s community health services', 'children''s community health services', 'COMMUNITY', null, 8,
     'including community paediatrics and therapies for children'),
    ('Health visiting and school nursing', 'health visiting and school nursing', 'COMMUNITY', null, 10,
     'for children and young people from birth to 19'),
    ('Sexual health services', 'sexual health services', 'OTHER', null, 12,
     'including contraception, testing and treatment'),
    ('Drug and alcohol treatment services', 'drug and alcohol treatment', 'MENTAL_HEALTH', null, 10,
     'offering recovery support for adults and young people'),
    ('Stop smoking service', 'stop smoking support', 'OTHER', null, 5,
     'with behavioural support and nicotine replacement therapy'),
    ('Adult weight management', 'adult weight management', 'OTHER', null, 4,
     'through group and one-to-one programmes'),
    ('NHS Talking Therapies', 'talking therapies for anxiety and depression', 'MENTAL_HEALTH', 'PRIMARY_CARE', 10,
     'offering psychological therapies to adults registered with local GP practices'),
    ('Child and adolescent mental health services', 'child and adolescent mental health services (CAMHS)', 'MENTAL_HEALTH', null, 8,
     'including early help in schools and specialist community teams'),
    ('Eating disorder services', 'eating disorder services', 'MENTAL_HEALTH', null, 4,
     'for adults and young people, with day treatment'),
    ('Perinatal mental health service', 'perinatal mental health', 'MENTAL_HEALTH', 'MATERNITY', 3,
     'for women during pregnancy and in the year after birth'),
    ('Maternity services', 'maternity services', 'MATERNITY', null, 6,
     'covering antenatal, birth and postnatal care'),
    ('Midwifery continuity of carer', 'midwifery continuity of carer', 'MATERNITY', 'COMMUNITY', 3,
     'so that women see the same small team of midwives throughout'),
    ('Antenatal and newborn screening', 'antenatal and newborn screening', 'MATERNITY', null, 2,
     'under the national screening programmes'),
    ('GP practice (APMS contract)', 'general practice under an APMS contract', 'PRIMARY_CARE', null, 20,
     'for a practice list of around 8,000 patients'),
    ('Extended access to general practice', 'extended access to general practice', 'PRIMARY_CARE', null, 8,
     'with evening and weekend appointments'),
    ('GP out of hours service', 'GP out of hours care', 'PRIMARY_CARE', 'INTEGRATED_CARE', 8,
     'covering evenings, nights, weekends and bank holidays'),
    ('Urgent treatment centre', 'an urgent treatment centre', 'INTEGRATED_CARE', 'PRIMARY_CARE', 6,
     'open twelve hours a day, every day, next to the emergency department'),
    ('Community dental services', 'community dental services', 'PRIMARY_CARE', 'COMMUNITY', 5,
     'for people who cannot be treated in high street practices'),
    ('Community ophthalmology', 'community ophthalmology', 'COMMUNITY', 'OLDER_PEOPLE', 5,
     'including cataract referral and glaucoma monitoring'),
    ('Community dermatology', 'community dermatology', 'COMMUNITY', null, 6,
     'with teledermatology triage of GP referrals'),
    ('Podiatry services', 'podiatry', 'COMMUNITY', 'MUSCULOSKELETAL', 4,
     'including diabetic foot care'),
    ('Physiotherapy services', 'physiotherapy', 'MUSCULOSKELETAL', null, 6,
     'with self-referral for adults'),
    ('Orthotics and prosthetics', 'orthotics and prosthetics', 'MUSCULOSKELETAL', null, 2,
     'including limb fitting and specialist footwear'),
    ('Stroke rehabilitation', 'stroke rehabilitation', 'COMMUNITY', 'OLDER_PEOPLE', 3,
     'with early supported discharge from hospital'),
    ('Virtual wards and hospital at home', 'virtual wards and hospital at home', 'INTEGRATED_CARE', 'OLDER_PEOPLE', 4,
     'using remote monitoring and rapid community response'),
    ('Multispecialty community provider', 'a multispecialty community provider', 'INTEGRATED_CARE', 'PRIMARY_CARE', 1,
     'bringing GP services together with community health and social care'),
    ('Accountable care contract', 'an accountable care contract', 'INTEGRATED_CARE', null, 1,
     'holding one provider to account for the health of the whole population'),
    ('Learning disability and autism services', 'learning disability and autism services', 'MENTAL_HEALTH', null, 4,
     'to support people to live in the community'),
    ('Adult ADHD assessment', 'adult ADHD assessment', 'MENTAL_HEALTH', null, 3,
     'to reduce long waits for diagnosis'),
    ('Renal dialysis services', 'renal dialysis', 'OTHER', null, 2,
     'at satellite units and at home'),
    ('Endoscopy services', 'endoscopy', 'OTHER', 'CANCER', 4,
     'to cut waits for diagnostic tests'),
    ('Sleep studies', 'sleep studies', 'OTHER', null, 1,
     'including home oximetry'),
    ('Continence services', 'continence services', 'COMMUNITY', 'OLDER_PEOPLE', 2,
     'including home delivery of products'),
    ('Lymphoedema service', 'lymphoedema care', 'CANCER', 'COMMUNITY', 1,
     'for people with chronic swelling after cancer treatment'),
    ('Domiciliary care', 'domiciliary care', 'OLDER_PEOPLE', null, 8,
     'helping people to live independently at home'),
    ('Pharmacy services', 'pharmacy services', 'OTHER', null, 5,
     'including medicines supply to wards and outpatients'),
    ('Catering services', 'catering services', 'OTHER', null, 6,
     'for patients, staff and visitors'),
    ('Laundry and linen services', 'laundry and linen', 'OTHER', null, 4,
     'for hospital and community sites'),
    ('Clinical waste management', 'clinical waste collection and disposal', 'OTHER', null, 5,
     'from hospitals, clinics and GP practices'),
    ('Estates and facilities management', 'estates and facilities management', 'OTHER', null, 6,
     'covering maintenance, portering and security'),
    ('Car parking management', 'car parking management', 'OTHER', null, 2,
     'at hospital sites'),
    ('IT managed services', 'IT managed services', 'OTHER', null, 6,
     'including service desk, networks and devices'),
    ('Medical equipment maintenance', 'medical equipment maintenance', 'OTHER', null, 4,
     'covering servicing and repair of clinical devices'),
    ('Agency nursing staff', 'agency nursing staff', 'OTHER', null, 5,
     'through a managed service for temporary staffing'),
    ('Locum doctors', 'locum doctors', 'OTHER', null, 4,
     'through a neutral vendor framework'),
    ('Interpreting and translation services', 'interpreting and translation', 'OTHER', null, 3,
     'face to face, by telephone and by video'),
    ('Medical records storage', 'medical records storage and scanning', 'OTHER', null, 2,
     'with digitisation of paper records'),
    ('Occupational health', 'occupational health', 'OTHER', null, 3,
     'for staff across the organisation'),
    ('Diabetes education and prevention', 'diabetes education and prevention', 'PRIMARY_CARE', null, 3,
     'for people at risk of or living with type 2 diabetes'),
    ('NHS Health Checks', 'NHS Health Checks', 'PRIMARY_CARE', null, 2,
     'for adults aged 40 to 74'),
    ('Blood glucose monitoring supplies', 'blood glucose monitoring supplies', 'OTHER', null, 2,
     'including test strips and meters'),
    ('Neonatal transport', 'neonatal transport', 'MATERNITY', null, 1,
     'moving sick newborn babies between hospitals'),
    ('Community paediatrics', 'community paediatrics', 'COMMUNITY', null, 3,
     'including developmental assessment'),
    ('Speech and language therapy', 'speech and language therapy', 'COMMUNITY', null, 3,
     'for children and adults'),
    ('Psychiatric liaison', 'psychiatric liaison', 'MENTAL_HEALTH', null, 2,
     'in emergency departments and on wards'),
    ('Telehealth monitoring', 'telehealth monitoring', 'INTEGRATED_CARE', 'OLDER_PEOPLE', 2,
     'for people with long-term conditions'),
    ('Discharge to assess beds', 'discharge to assess beds', 'OLDER_PEOPLE', 'INTEGRATED_CARE', 3,
     'so that people can leave hospital as soon as they are medically fit')
) v(name, phrase, area1, area2, weight, detail);

-- One row per unit of weight, so a uniform pick of a slot is a weighted pick of a service.
create temp table g_svc_slot as
select (row_number() over (order by s.id, k) - 1)::int as slot, s.id as svc_id
from g_svc s cross join generate_series(1, s.weight) k;
create unique index on g_svc_slot (slot);
select count(*) as nslots from g_svc_slot \gset

-- Sentences for descriptions; the first names the service and the place.
create temp table g_sentence (k int primary key, text text);
insert into g_sentence
select row_number() over () - 1, t from (values
    ('Bidders must show how they will cut waiting times and keep care close to home.'),
    ('Services must be available seven days a week, including bank holidays.'),
    ('Part of the payment is linked to outcomes agreed with patients and clinicians.'),
    ('Staff working in the current service are expected to transfer to the new provider under TUPE.'),
    ('Social value carries ten per cent of the evaluation.'),
    ('Mobilisation is planned over six months before the new service starts.'),
    ('The procurement follows the competitive procedure with negotiation.'),
    ('Lots may be awarded separately or together.'),
    ('The provider will work closely with primary care networks and local voluntary groups.'),
    ('Activity has grown each year and the contract allows for further growth.'),
    ('The service must meet the national standards and report monthly to commissioners.'),
    ('Patients, carers and local Healthwatch helped to shape the specification.'),
    ('The contract includes an option to extend, subject to performance.'),
    ('Bidders may form partnerships or subcontract parts of the service.'),
    ('Premises are available at the current sites for the first two years.')
) v(t);
select count(*) as nsent from g_sentence \gset

-- Event descriptions by type, for events that happened and for expected ones.
create temp table g_ev_text (type text, expected boolean, variants text[], primary key (type, expected));
insert into g_ev_text values
    ('NOTICE_PUBLISHED', false, array['Contract notice published.', 'Tender notice published, inviting expressions of interest.',
                                      'Invitation to tender issued.', 'Prior information notice followed by a contract notice.']),
    ('NOTICE_PUBLISHED', true, array['Contract notice expected.', 'Commissioners plan to go out to tender.']),
    ('MARKET_ENGAGEMENT', false, array['Market engagement event for potential providers.', 'Soft market testing questionnaire issued.',
                                       'Provider briefing day held.']),
    ('MARKET_ENGAGEMENT', true, array['Market engagement event planned.']),
    ('BOARD_DECISION', false, array['Board approves the case for a competitive procurement.',
                                    'Governing body agrees the commissioning intentions.',
                                    'Board paper sets out options for the future service.']),
    ('BOARD_DECISION', true, array['Board decision expected.']),
    ('BIDDERS_NAMED', false, array['Shortlisted bidders named.', 'Bidders invited to the next stage made public.']),
    ('BIDDERS_NAMED', true, array['Shortlist expected.']),
    ('BID_DEADLINE', false, array['Deadline for tenders.', 'Bids close.', 'Closing date for final bids.']),
    ('BID_DEADLINE', true, array['Bids due to close.', 'Deadline for tenders.']),
    ('PREFERRED_BIDDER', false, array['Preferred bidder announced.', 'Evaluation complete; preferred bidder named.']),
    ('PREFERRED_BIDDER', true, array['Preferred bidder expected to be named.']),
    ('AWARD', false, array['Contract awarded.', 'Award notice published.', 'Contract signed with the successful bidder.']),
    ('AWARD', true, array['Award expected.', 'Contract due to be awarded.']),
    ('CONTRACT_START', false, array['New service begins.', 'Contract starts after mobilisation.', 'Service goes live.']),
    ('CONTRACT_START', true, array['Planned start date.', 'New service due to begin.']),
    ('PAUSE', false, array['Procurement paused pending a review of the service model.', 'Process put on hold by commissioners.',
                           'Award on hold after a challenge from an unsuccessful bidder.']),
    ('PAUSE', true, array['Pause expected.']),
    ('DELAY', false, array['Timetable pushed back.', 'Award delayed to allow further clarification of bids.',
                           'Start date moved back by several months.']),
    ('DELAY', true, array['Delay expected.']),
    ('COLLAPSE', false, array['Contract terminated early as financially unsustainable.', 'Provider hands back the contract.',
                              'Contract ends early by mutual agreement after performance concerns.']),
    ('COLLAPSE', true, array['Contract expected to end early.']),
    ('REVIEW', false, array['Independent review commissioned.', 'Commissioners review what went wrong.']),
    ('REVIEW', true, array['Review findings due.']),
    ('CANCELLATION', false, array['Procurement abandoned.', 'Tender withdrawn; services extended with the current provider.',
                                  'Procurement cancelled after no compliant bids.']),
    ('CANCELLATION', true, array['Procurement expected to be abandoned.']),
    ('WITHDRAWAL', false, array['A bidder withdrew from the process.', 'One shortlisted provider pulled out.']),
    ('WITHDRAWAL', true, array['A bidder is expected to withdraw.']);

-- A date at a precision, as the app stores it (first day of the month or year).
create function pg_temp.at_precision(d date, p text) returns date language sql immutable as $$
    select case p when 'DAY' then d when 'MONTH' then date_trunc('month', d::timestamp)::date
                  else date_trunc('year', d::timestamp)::date end
$$;
-- Month key 0..203 for 2010-01..2026-12, clamped, to find a source for a date.
create function pg_temp.mkey(d date) returns int language sql immutable as $$
    select greatest(0, least(203, (extract(year from d)::int - 2010) * 12 + extract(month from d)::int - 1))
$$;
analyze g_place; analyze g_region; analyze g_comm; analyze g_comm_name; analyze g_comm_era; analyze g_comm_rank;
analyze g_bidder_rank; analyze g_src; analyze g_src_count; analyze g_svc; analyze g_svc_slot; analyze g_sentence; analyze g_ev_text;
select pg_temp.phase('reference tables');

-- Tenders: shape ---------------------------------------------------------------------------------
-- Draw every random number once per tender, into a table, then derive
-- the intended outcome, the event dates, the value and the words.
create temp table g_draw as
select n, :tbase + n as id,
       random() as r_out, random() as r_d0, random() as r_recent, random() as r_me, random() as r_bd,
       random() as r_dl, random() as r_bn, random() as r_mid, random() as r_aw, random() as r_cs, random() as r_pa,
       random() as r_co, random() as r_rv, random() as r_ca, random() as r_x1, random() as r_x2, random() as o_me,
       random() as o_bd, random() as o_bn, random() as o_mid, random() as o_cs, random() as o_rv, random() as o_x1,
       random() as o_x2, random() as o_dl, random() as r_prec, random() as r_kind, random() as r_basis,
       random() as r_val, random() as r_shape, random() as r_spread, random() as r_dkind, random() as r_dur,
       random() as r_ext, random() as r_model, random() as r_svc, random() as r_comm, random() as r_comm2,
       random() as r_title, random() as r_lot, random() as r_desc, random() as r_area3, random() as r_pub,
       random() as r_nb, random() as r_fig
from generate_series(1, :n) n;
analyze g_draw;
select pg_temp.phase('random draws', (select count(*) from g_draw));

-- Outcome (intended; the stored status is derived from the events below) and event dates.
-- Events that would fall after :asof have not happened yet, so they are stored as expected.
create temp table g_dates as
with o as (
    select d.*,
           case when r_out < 0.72 then 'AWARDED' when r_out < 0.84 then 'OPEN' when r_out < 0.865 then 'PREFERRED'
                when r_out < 0.885 then 'PLANNED' when r_out < 0.91 then 'PAUSED' when r_out < 0.935 then 'DELAYED'
                when r_out < 0.955 then 'COLLAPSED' else 'CANCELLED' end as outcome
    from g_draw d),
a as (
    -- d0: the notice date (or, for planned tenders, when the notice is expected).
    select o.*,
           case when outcome in ('OPEN', 'PREFERRED', 'PLANNED') and r_recent < 0.65
                    then date :'asof' - 1 - floor(r_d0 * 270)::int
                when outcome in ('OPEN', 'PREFERRED', 'PLANNED')
                    then date '2012-01-01' + floor(r_d0 * (date :'asof' - 270 - date '2012-01-01'))::int
                -- later years busier: density grows with time
                else date '2010-06-01' + floor(r_d0 ^ 0.75 * (date '2025-12-31' - date '2010-06-01'))::int
           end as d0
    from o),
b as (
    select a.*,
           case when outcome = 'PLANNED' or (outcome in ('AWARDED', 'OPEN', 'PREFERRED', 'PAUSED', 'CANCELLED')
                     and o_me < case outcome when 'OPEN' then 0.4 when 'AWARDED' then 0.3 else 0.2 end)
                then greatest(date '2010-01-01', d0 - 30 - floor(r_me * 150)::int) end as d_me,
           case when outcome <> 'PLANNED' then d0 end as d_np,
           case when outcome in ('AWARDED', 'OPEN', 'PREFERRED', 'PAUSED', 'COLLAPSED')
                  or (outcome = 'DELAYED' and o_dl < 0.7) or (outcome = 'CANCELLED' and o_dl < 0.6)
                then d0 + 28 + floor(r_dl * 48)::int end as d_dl
    from a),
c as (
    select b.*,
           case when outcome = 'PLANNED' and o_bd < 0.5 then greatest(date '2010-01-01', d_me - 30 - floor(r_bd * 200)::int) end as d_bd,
           case when (outcome = 'AWARDED' and o_bn < 0.10 and o_mid >= 0.28) or (outcome = 'PAUSED' and o_bn < 0.3)
                  or (outcome = 'OPEN' and o_bn < 0.15 and d_dl + 60 < date :'asof')
                then d_dl + 7 + floor(r_bn * 53)::int end as d_bn
    from b),
d as (
    -- the one optional middle event: preferred bidder, delay or a withdrawal
    select c.*,
           case when outcome = 'PREFERRED' or (outcome = 'AWARDED' and o_mid < 0.15)
                then coalesce(d_bn, d_dl) + 30 + floor(r_mid * 120)::int end as d_pb,
           case when outcome = 'DELAYED' or (outcome = 'AWARDED' and o_mid >= 0.15 and o_mid < 0.23)
                then coalesce(d_bn, d_dl, d_np) + 14 + floor(r_mid * 106)::int end as d_de,
           case when outcome = 'AWARDED' and o_mid >= 0.23 and o_mid < 0.28
                then coalesce(d_bn, d_dl) + 10 + floor(r_mid * 60)::int end as d_wd
    from c),
e as (
    select d.*,
           case when outcome in ('AWARDED', 'COLLAPSED')
                then coalesce(d_pb, d_de, d_wd, d_bn, d_dl) + 30 + floor(r_aw * 170)::int end as d_aw,
           case when outcome = 'PAUSED' then coalesce(d_bn, d_dl) + 30 + floor(r_pa * 270)::int end as d_pa,
           case when outcome = 'CANCELLED' then coalesce(d_dl, d_np) + 20 + floor(r_ca * 220)::int end as d_ca
    from d),
f as (
    select e.*,
           case when outcome = 'COLLAPSED' or (outcome = 'AWARDED' and o_cs < 0.55)
                then d_aw + 30 + floor(r_cs * 150)::int end as d_cs
    from e),
g as (
    select f.*,
           case when outcome = 'COLLAPSED' then d_cs + 120 + floor(r_co * 880)::int end as d_co
    from f)
select g.*,
       case when outcome = 'COLLAPSED' and o_rv < 0.5 then d_co + 14 + floor(r_rv * 106)::int end as d_rv,
       -- explicitly expected events
       case when outcome = 'PLANNED' and (d_bd is null or o_x1 < 0.5) then d0 end as x_np,
       case when (outcome = 'OPEN' and o_x1 < 0.7) or (outcome = 'PREFERRED' and o_x1 < 0.6)
                 or (outcome = 'DELAYED' and o_x1 < 0.8)
                then coalesce(d_pb, d_de, d_dl, d_np) + 60 + floor(r_x1 * 180)::int
            when outcome = 'PAUSED' and o_x1 < 0.4 then coalesce(d_bn, d_dl) + 20 + floor(r_x1 * 30)::int
       end as x_aw,
       case when outcome = 'OPEN' and o_x2 < 0.25 then coalesce(d_dl, d_np) + 240 + floor(r_x2 * 180)::int end as x_cs,
       case when r_prec < 0.85 then 'DAY' when r_prec < 0.96 then 'MONTH' else 'YEAR' end as prec
from g;
analyze g_dates;
select pg_temp.phase('outcomes and dates', (select count(*) from g_dates));

-- The timeline as parallel arrays in timeline order (happened events are in date order by
-- construction; explicitly expected ones come last). Event ids follow this order.
create temp table g_tl as
with arr as materialized (
    select id, n, prec, d0,
           array_remove(array[
               case when d_bd is not null then 'BOARD_DECISION' end, case when d_me is not null then 'MARKET_ENGAGEMENT' end,
               case when d_np is not null then 'NOTICE_PUBLISHED' end, case when d_dl is not null then 'BID_DEADLINE' end,
               case when d_bn is not null then 'BIDDERS_NAMED' end, case when d_pb is not null then 'PREFERRED_BIDDER' end,
               case when d_de is not null then 'DELAY' end, case when d_wd is not null then 'WITHDRAWAL' end,
               case when d_aw is not null then 'AWARD' end, case when d_cs is not null then 'CONTRACT_START' end,
               case when d_pa is not null then 'PAUSE' end, case when d_co is not null then 'COLLAPSE' end,
               case when d_rv is not null then 'REVIEW' end, case when d_ca is not null then 'CANCELLATION' end,
               case when x_np is not null then 'NOTICE_PUBLISHED' end, case when x_aw is not null then 'AWARD' end,
               case when x_cs is not null then 'CONTRACT_START' end], null) as types,
           -- stored at the tender's precision (first of the month or year)
           array_remove(array[
               pg_temp.at_precision(d_bd, prec), pg_temp.at_precision(d_me, prec), pg_temp.at_precision(d_np, prec),
               pg_temp.at_precision(d_dl, prec), pg_temp.at_precision(d_bn, prec), pg_temp.at_precision(d_pb, prec),
               pg_temp.at_precision(d_de, prec), pg_temp.at_precision(d_wd, prec), pg_temp.at_precision(d_aw, prec),
               pg_temp.at_precision(d_cs, prec), pg_temp.at_precision(d_pa, prec), pg_temp.at_precision(d_co, prec),
               pg_temp.at_precision(d_rv, prec), pg_temp.at_precision(d_ca, prec), pg_temp.at_precision(x_np, prec),
               pg_temp.at_precision(x_aw, prec), pg_temp.at_precision(x_cs, prec)], null) as dates,
           array_remove(array[
               d_bd > date :'asof', d_me > date :'asof', d_np > date :'asof', d_dl > date :'asof', d_bn > date :'asof',
               d_pb > date :'asof', d_de > date :'asof', d_wd > date :'asof', d_aw > date :'asof', d_cs > date :'asof',
               d_pa > date :'asof', d_co > date :'asof', d_rv > date :'asof', d_ca > date :'asof',
               case when x_np is not null then true end, case when x_aw is not null then true end,
               case when x_cs is not null then true end], null) as exps
    from g_dates)
select arr.id, arr.n, arr.prec, arr.d0, arr.types, arr.dates, arr.exps,
       :ebase + sum(cardinality(arr.types)) over (order by arr.n) - cardinality(arr.types) as ev_off,
       -- status: the last happened event that sets one; else OPEN if the tender moved, else PLANNED
       coalesce(f.status, case when f.moved then 'OPEN' end, 'PLANNED') as status,
       f.latest_ord, f.awarded
from arr
cross join lateral (
    select (array_agg(case u.t when 'NOTICE_PUBLISHED' then 'OPEN' when 'PREFERRED_BIDDER' then 'PREFERRED_BIDDER'
                               when 'AWARD' then 'AWARDED' when 'CONTRACT_START' then 'AWARDED' when 'PAUSE' then 'PAUSED'
                               when 'DELAY' then 'DELAYED' when 'COLLAPSE' then 'COLLAPSED'
                               when 'CANCELLATION' then 'CANCELLED' end order by u.o desc)
                filter (where not u.e and u.t in ('NOTICE_PUBLISHED', 'PREFERRED_BIDDER', 'AWARD', 'CONTRACT_START',
                                                  'PAUSE', 'DELAY', 'COLLAPSE', 'CANCELLATION')))[1] as status,
           coalesce(bool_or(u.t in ('BIDDERS_NAMED', 'BID_DEADLINE', 'CONSORTIUM_FORMING')) filter (where not u.e), false) as moved,
           max(u.o) filter (where not u.e) as latest_ord,
           coalesce(bool_or(u.t in ('AWARD', 'CONTRACT_START')) filter (where not u.e), false) as awarded
    from unnest(arr.types, arr.exps) with ordinality u(t, e, o)) f;
create unique index on g_tl (id);
analyze g_tl;
select pg_temp.phase('timelines and statuses', (select count(*) from g_tl));

-- Commissioners, place, service, value and words for each tender.
create temp table g_tender as
with pick as (
    select d.n, d.id, d.r_svc, d.r_comm2, d.r_title, d.r_lot, d.r_desc, d.r_area3, d.r_pub, d.r_nb, d.r_fig,
           d.r_kind, d.r_basis, d.r_val, d.r_shape, d.r_spread, d.r_dkind, d.r_dur, d.r_ext, d.r_model, t.d0,
           r.id as picked
    from g_draw d
    join g_tl t on t.id = d.id
    join g_comm_rank r on r.rank = 1 + floor(:ncomm * d.r_comm ^ 3)::int),
era as (
    -- two steps cover PCT -> CCG -> ICB and ICB -> CCG -> PCT
    select p.*,
           case when e2.abolished_on is not null and p.d0 >= e2.abolished_on and e2.succ_id is not null then e2.succ_id
                when e2.start_on is not null and p.d0 < e2.start_on and e2.pred_id is not null then e2.pred_id
                else e2.id end as comm1
    from pick p
    join g_comm_era e1 on e1.id = p.picked
    join g_comm_era e2 on e2.id = case
        when e1.abolished_on is not null and p.d0 >= e1.abolished_on and e1.succ_id is not null then e1.succ_id
        when e1.start_on is not null and p.d0 < e1.start_on and e1.pred_id is not null then e1.pred_id
        else e1.id end),
c1 as (
    select era.*, c.type as c1_type, c.nhs_region as region, c.itl_region as itl, gc.place_id, gc.kind as c1_kind
    from era
    join commissioner c on c.id = era.comm1
    left join g_comm gc on gc.id = era.comm1),
v as (
    select c1.*, s.id as svc_id, s.name as svc_name, s.phrase, s.area1, s.area2, s.detail,
           coalesce(p.name, rg.label) as place, p.id is not null as has_place, rg.label as region_label, c2.id as comm2_pick,
           case when c1.r_kind < 0.08 then null when c1.r_basis < 0.15 then 'ANNUAL' else 'TOTAL' end as basis,
           -- log-uniform: £10k to £5bn in total, £10k to £500m a year; three significant figures
           case when c1.r_basis < 0.15 then exp(ln(1e4) + c1.r_val * ln(5e8 / 1e4))
                else exp(ln(1e4) + c1.r_val * ln(5e9 / 1e4)) end as raw_value,
           (array[12, 24, 36, 36, 48, 60, 60, 60, 84, 96, 120, 120, 144, 180])[1 + floor(c1.r_dur * 14)::int] as dur
    from c1
    join g_svc_slot sl on sl.slot = floor(c1.r_svc * :nslots)::int
    join g_svc s on s.id = sl.svc_id
    left join g_place p on p.id = c1.place_id
    left join g_region rg on rg.code = c1.region
    -- a second commissioner for some: the council with the NHS body, or the CCG with a council
    left join g_comm c2 on c1.r_comm2 < 0.15 and c2.place_id = c1.place_id
                       and c2.kind = case when c1.c1_kind = 'council' then 'ccg' else 'council' end),
w as (
    select v.*,
           round(raw_value::numeric, 2 - floor(log(raw_value))::int) as val,
           -- the description's first sentence names the service and the place
           case when r_desc < 0.35 then
                    'Commissioners in ' || coalesce(place, 'England') || ' are looking for a provider of ' || phrase || ', ' || detail || '. '
                when r_desc < 0.70 then
                    'Provision of ' || phrase || ' for people living in ' || coalesce(place, 'England') || ', ' || detail || '. '
                else
                    initcap(left(phrase, 1)) || substr(phrase, 2) || ' across '
                        || coalesce(place || ' and the surrounding area', 'England') || ', ' || detail || '. '
           end as d_first
    from v)
select w.id, w.n, w.d0, w.comm1, w.comm2_pick, w.region, w.itl, w.svc_id, w.area1, w.area2,
       case when w.r_area3 < 0.1 then (array['COMMUNITY', 'INTEGRATED_CARE', 'OLDER_PEOPLE', 'PRIMARY_CARE'])[1 + (w.n % 4)::int] end as area3,
       case when w.place is null then
                case when w.r_title < 0.5 then w.svc_name || ' (national)' else w.svc_name || ' framework for the NHS in England' end
            when w.r_title < 0.45 then w.svc_name || ' (' || w.place || ')'
            when w.r_title < 0.65 then w.place || ' ' || w.phrase
            when w.r_title < 0.80 then 'Provision of ' || w.phrase || ' in ' || w.place
            when w.r_title < 0.90 then w.svc_name || ' - ' || w.place || ', lot ' || (1 + floor(w.r_lot * 4))::int
            else w.svc_name || ' framework (' || w.region_label || ')' end as title,
       w.d_first, s1.k as s1k, case when w.r_desc * 7 - floor(w.r_desc * 7) < 0.5 then s2.k end as s2k,
       w.d_first || s1.text || case when w.r_desc * 7 - floor(w.r_desc * 7) < 0.5 then ' ' || s2.text else '' end as description,
       case when w.area1 = 'INTEGRATED_CARE' then
                case when w.r_model < 0.25 then 'MCP_ACCOUNTABLE_CARE' when w.r_model < 0.50 then 'LEAD_PROVIDER'
                     when w.r_model < 0.60 then 'PRIME_CONTRACTOR' when w.r_model < 0.70 then 'CONSORTIUM'
                     when w.r_model < 0.80 then 'OTHER' end
            else case when w.r_model < 0.08 then 'LEAD_PROVIDER' when w.r_model < 0.14 then 'PRIME_CONTRACTOR'
                      when w.r_model < 0.17 then 'CONSORTIUM' when w.r_model < 0.42 then 'OTHER' end
       end as contract_model,
       w.basis,
       case when w.basis is null or w.r_shape < 0.04 then null else w.val end as value_low,   -- < 0.04: "up to"
       case when w.basis is null then null
            when w.r_shape >= 0.07 and w.r_shape < 0.22
                then least(round(w.val * (1.2 + w.r_spread * 1.3)::numeric, 2 - floor(log(w.val * (1.2 + w.r_spread * 1.3)::numeric))::int),
                           case when w.basis = 'ANNUAL' then 500000000 else 5000000000 end)
            else w.val end as value_high,
       w.basis is not null and w.r_shape >= 0.04 and w.r_shape < 0.07 as value_high_open,  -- "over £x"
       case when w.r_dkind < 0.05 or w.r_dkind < 0.15 then null else w.dur end as duration_min_months,
       case when w.r_dkind < 0.05 then null
            when w.r_dkind >= 0.15 and w.r_dkind < 0.30 then least(180, w.dur + 12 * (1 + floor(w.r_ext * 5))::int)
            else w.dur end as duration_max_months,
       w.r_pub, w.r_nb, w.r_fig
from w
join g_sentence s1 on s1.k = floor(w.r_desc * :nsent)::int
join g_sentence s2 on s2.k = (floor(w.r_desc * :nsent)::int + 1 + floor(w.r_desc * 97)::int % (:nsent - 1)) % :nsent;
create unique index on g_tender (id);
analyze g_tender;
select pg_temp.phase('titles, values, commissioners', (select count(*) from g_tender));

-- Commissioners, bids, service areas ------------------------------------------------------------
insert into tender_commissioner (tender_id, commissioner_id)
select id, comm1 from g_tender
union all
select g.id, e.comm2 from g_tender g
cross join lateral (
    select case when x.abolished_on is not null and g.d0 >= x.abolished_on and x.succ_id is not null then x.succ_id
                when x.start_on is not null and g.d0 < x.start_on and x.pred_id is not null then x.pred_id
                else x.id end as comm2
    from g_comm_era x where x.id = g.comm2_pick) e
where e.comm2 <> g.comm1;
select pg_temp.phase('tender commissioners', :ROW_COUNT);

insert into tender_service_area (tender_id, service_area)
select id, area1 from g_tender
union all select id, area2 from g_tender where area2 is not null and area2 <> area1
union all select id, area3 from g_tender where area3 is not null and area3 <> area1 and area3 is distinct from area2;
select pg_temp.phase('tender service areas', :ROW_COUNT);

-- The tender's main source: the notice portal it was advertised on, in the month of its notice.
create temp table g_main_src as
select g.id, s.id as source_id, floor(g.r_pub * 12)::int as pub_pref
from g_tender g
join g_src_count c on c.kind = 'notice' and c.mkey = pg_temp.mkey(g.d0)
join g_src s on s.kind = 'notice' and s.mkey = c.mkey and s.slot = floor(g.r_pub * 12)::int % c.cnt;
create unique index on g_main_src (id);
analyze g_main_src;

-- Bids: an awarded tender has exactly one AWARDED bid; a tender with a named preferred bidder
-- has one PREFERRED_BIDDER bid; the others are plain bids, a withdrawal, or now and then a
-- consortium lead and member. A bidder appears once per tender.
insert into bid (tender_id, bidder_id, role, source_id)
select tender_id, bidder_id, role, source_id
from (
    select distinct on (b.tender_id, b.bidder_id) b.*
    from (
        select x.tender_id, r.id as bidder_id, x.source_id, x.k, x.role
        from (
        select g.id as tender_id, ms.source_id, k, 1 + floor(:nbid * random() ^ 3)::int as bidder_rank,
               case when k = 0 and t.awarded then 'AWARDED'
                    when k = 0 and t.status = 'PREFERRED_BIDDER' then 'PREFERRED_BIDDER'
                    when k = nb - 1 and 'WITHDRAWAL' = any (t.types) then 'WITHDREW'
                    when g.r_fig < 0.01 and k = 1 then 'CONSORTIUM_LEAD'
                    when g.r_fig < 0.01 and k = 2 then 'CONSORTIUM_MEMBER'
                    else 'BIDDER' end as role
        from g_tender g
        join g_tl t on t.id = g.id
        join g_main_src ms on ms.id = g.id
        cross join lateral (
            select case when t.awarded then 1 + floor(g.r_nb * 5)::int
                        when t.status = 'PREFERRED_BIDDER' then 1 + floor(g.r_nb * 4)::int
                        when t.status = 'PLANNED' then 0
                        when t.status = 'OPEN' then floor(g.r_nb * g.r_nb * 4)::int
                        else floor(g.r_nb * 5)::int end as nb) c
        cross join lateral generate_series(0, c.nb - 1) k
        ) x
        join g_bidder_rank r on r.rank = x.bidder_rank
    ) b
    order by b.tender_id, b.bidder_id, b.k
) d;
select pg_temp.phase('bids', :ROW_COUNT);

-- Events and their sources ------------------------------------------------------------------------
insert into tender_event (id, tender_id, type, event_date, date_precision, date_qualifier, expected, description)
select t.ev_off + u.o, t.id, u.t, u.d, t.prec,
       case when (t.id * 7 + u.o * 13) % 23 = 0 then 'BY' else 'ON' end,
       u.e, tx.variants[1 + ((t.id + u.o) % cardinality(tx.variants))::int]
from g_tl t
cross join lateral unnest(t.types, t.dates, t.exps) with ordinality u(t, d, e, o)
join g_ev_text tx on tx.type = u.t and tx.expected = u.e;
select pg_temp.phase('events', :ROW_COUNT);

-- Procurement steps come from the notice portals, the rest from the news, in the event's month.
create temp table g_evsrc as
select t.ev_off + u.o as event_id, t.id as tender_id, s.id as source_id
from g_tl t
join g_main_src ms on ms.id = t.id
cross join lateral unnest(t.types, t.dates) with ordinality u(t, d, o)
join g_src_count c on c.kind = case when u.t in ('NOTICE_PUBLISHED', 'BID_DEADLINE', 'BIDDERS_NAMED', 'PREFERRED_BIDDER', 'AWARD')
                                    then 'notice' else 'news' end
                  and c.mkey = pg_temp.mkey(u.d)
join g_src s on s.kind = c.kind and s.mkey = c.mkey and s.slot = ms.pub_pref % c.cnt;
insert into tender_event_source (event_id, source_id) select event_id, source_id from g_evsrc;
select pg_temp.phase('event sources', :ROW_COUNT);

-- Sources that mention each tender: those of its events.
insert into tender_source (tender_id, source_id) select distinct tender_id, source_id from g_evsrc;
select pg_temp.phase('tender sources', :ROW_COUNT);

-- Reported figures: the notice's figure, and for some a press figure that differs.
insert into reported_figure (tender_id, source_id, value_low, value_high, value_high_open, value_basis,
                             duration_min_months, duration_max_months, note)
select g.id, ms.source_id, g.value_low, g.value_high, g.value_high_open, g.basis,
       g.duration_min_months, g.duration_max_months, 'Figure in the contract notice.'
from g_tender g join g_main_src ms on ms.id = g.id
where g.basis is not null
union all
select g.id, es.source_id, null, x.v, false, g.basis, null, null, 'Figure quoted in the press.'
from g_tender g
join g_tl t on t.id = g.id
join tender_event_source es on es.event_id = t.ev_off + cardinality(t.types)
cross join lateral (select round(coalesce(g.value_high, g.value_low) * (0.8 + g.r_fig * 0.4)::numeric, -3) as v) x
where g.basis is not null and g.r_fig < 0.1 and x.v > 0;
select pg_temp.phase('reported figures', :ROW_COUNT);

-- Tenders, with the columns the triggers would keep ----------------------------------------------
-- search_vector: the same as tender_search_vector(): title A, commissioner names B, bidder names B
-- (archived commissioners and bidders left out, as the function does), description C, each part
-- a to_tsvector of the text and the parts joined with ||. Titles, first sentences, sentences and
-- names repeat, so each distinct text is parsed once and the vectors are joined with || (which
-- shifts positions as parsing the joined text would, since every piece ends in a word that is
-- not a stop word; the check below compares with the function).
create temp table g_vec as
select txt, to_tsvector('english', txt) as v from (select title as txt from g_tender union select d_first from g_tender) x;
create unique index on g_vec (txt);
create temp table g_svec as select k, to_tsvector('english', text) as v from g_sentence;
create temp table g_cvec as select id, to_tsvector('english', name) as v from commissioner where archived_at is null;
create temp table g_bvec as select id, name, to_tsvector('english', name) as v from bidder where archived_at is null;
create unique index on g_cvec (id);
create unique index on g_bvec (id);
analyze g_vec; analyze g_svec; analyze g_cvec; analyze g_bvec;
create aggregate pg_temp.tsv_cat(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');
select pg_temp.phase('text vectors', (select count(*) from g_vec));

insert into tender (id, title, description, contract_model, nhs_region, itl_region, parent_id, status,
                    value_low, value_high, value_high_open, value_basis, duration_min_months, duration_max_months,
                    search_vector, latest_event_date, latest_event_type, latest_event_precision, latest_event_qualifier,
                    area_mask, event_mask)
select g.id, g.title, g.description, g.contract_model, g.region, g.itl, null, t.status,
       g.value_low, g.value_high, g.value_high_open, g.basis, g.duration_min_months, g.duration_max_months,
       setweight(tv.v, 'A')
           || setweight(coalesce(cn.v, ''::tsvector), 'B')
           || setweight(coalesce(bn.v, ''::tsvector), 'B')
           || setweight(fv.v || s1v.v || coalesce(s2v.v, ''::tsvector), 'C'),
       t.dates[t.latest_ord], t.types[t.latest_ord], case when t.latest_ord is not null then t.prec end,
       case when t.latest_ord is null then null
            when (t.id * 7 + t.latest_ord * 13) % 23 = 0 then 'BY' else 'ON' end,
       coalesce(am.mask, 0), coalesce(em.mask, 0)
from g_tender g
join g_tl t on t.id = g.id
join g_vec tv on tv.txt = g.title
join g_vec fv on fv.txt = g.d_first
join g_svec s1v on s1v.k = g.s1k
left join g_svec s2v on s2v.k = g.s2k
-- commissioners in id order, bidders once each in name order: as the function's string_agg
left join (select tc.tender_id, pg_temp.tsv_cat(cv.v order by tc.commissioner_id) as v
           from tender_commissioner tc join g_cvec cv on cv.id = tc.commissioner_id
           where tc.tender_id > :tbase group by tc.tender_id) cn on cn.tender_id = g.id
left join (select x.tender_id, pg_temp.tsv_cat(bv.v order by bv.name) as v
           from (select distinct tender_id, bidder_id from bid where tender_id > :tbase) x
           join g_bvec bv on bv.id = x.bidder_id
           group by x.tender_id) bn on bn.tender_id = g.id
-- the masks the service area and event triggers keep (V11)
left join (select tender_id, bit_or(1 << search_area_bit(service_area)) as mask from tender_service_area
           where tender_id > :tbase group by tender_id) am on am.tender_id = g.id
left join (select tender_id, bit_or(1 << search_event_bit(type)) as mask from tender_event
           where tender_id > :tbase and not expected group by tender_id) em on em.tender_id = g.id;
select pg_temp.phase('tenders', :ROW_COUNT);

-- Sequences continue after the explicit ids.
\o /dev/null
select setval(pg_get_serial_sequence('tender', 'id'), (select max(id) from tender));
select setval(pg_get_serial_sequence('tender_event', 'id'), (select max(id) from tender_event));
select setval(pg_get_serial_sequence('commissioner', 'id'), (select max(id) from commissioner));
select setval(pg_get_serial_sequence('bidder', 'id'), (select max(id) from bidder));
select setval(pg_get_serial_sequence('source', 'id'), (select max(id) from source));
\o

-- Indexes back ---------------------------------------------------------------------------------
select def from g_index \gexec
analyze tender; analyze tender_event; analyze tender_event_source; analyze bid; analyze tender_commissioner;
analyze tender_service_area; analyze tender_source; analyze reported_figure; analyze commissioner; analyze bidder; analyze source;
select pg_temp.phase('rebuilt indexes, analyzed', (select count(*) from g_index));

-- Checks: anything wrong rolls the whole load back. -------------------------------------------
create temp table g_check (name text, bad bigint);
insert into g_check
select 'tender_event without tender', count(*) from tender_event e where e.tender_id > :tbase and not exists (select 1 from tender t where t.id = e.tender_id)
union all select 'tender_event_source without event', count(*) from tender_event_source es where not exists (select 1 from tender_event e where e.id = es.event_id)
union all select 'tender_event_source without source', count(*) from tender_event_source es where not exists (select 1 from source s where s.id = es.source_id)
union all select 'event without source', count(*) from tender_event e where e.id > :ebase and not exists (select 1 from tender_event_source es where es.event_id = e.id)
union all select 'bid without tender', count(*) from bid b where not exists (select 1 from tender t where t.id = b.tender_id)
union all select 'bid without bidder', count(*) from bid b where not exists (select 1 from bidder x where x.id = b.bidder_id)
union all select 'bid without source', count(*) from bid b where b.source_id is not null and not exists (select 1 from source s where s.id = b.source_id)
union all select 'tender_commissioner without tender', count(*) from tender_commissioner tc where not exists (select 1 from tender t where t.id = tc.tender_id)
union all select 'tender_commissioner without commissioner', count(*) from tender_commissioner tc where not exists (select 1 from commissioner c where c.id = tc.commissioner_id)
union all select 'tender without commissioner', count(*) from tender t where t.id > :tbase and not exists (select 1 from tender_commissioner tc where tc.tender_id = t.id)
union all select 'tender_service_area without tender', count(*) from tender_service_area a where not exists (select 1 from tender t where t.id = a.tender_id)
union all select 'tender without service area', count(*) from tender t where t.id > :tbase and not exists (select 1 from tender_service_area a where a.tender_id = t.id)
union all select 'tender_source without tender or source', count(*) from tender_source ts where not exists (select 1 from tender t where t.id = ts.tender_id) or not exists (select 1 from source s where s.id = ts.source_id)
union all select 'reported_figure without tender or source', count(*) from reported_figure f where not exists (select 1 from tender t where t.id = f.tender_id) or not exists (select 1 from source s where s.id = f.source_id)
union all select 'commissioner with unknown successor', count(*) from commissioner c where c.successor_id is not null and not exists (select 1 from commissioner s where s.id = c.successor_id)
union all select 'bidder_member with unknown bidder', count(*) from bidder_member m where not exists (select 1 from bidder b where b.id = m.consortium_id) or not exists (select 1 from bidder b where b.id = m.member_id)
union all select 'search_vector null', count(*) from tender where search_vector is null
union all select 'awarded tender without exactly one AWARDED bid', count(*) from tender t
    left join (select tender_id, count(*) as awarded from bid where role = 'AWARDED' group by tender_id) b on b.tender_id = t.id
    where t.status = 'AWARDED' and coalesce(b.awarded, 0) <> 1
union all select 'generated tender with 0 or more than 6 bids', count(*) from (select tender_id from bid where tender_id > :tbase group by tender_id having count(*) > 6) x
union all select 'generated tender with fewer than 2 or more than 6 events', count(*) from (select tender_id from tender_event where tender_id > :tbase group by tender_id having count(*) not between 2 and 6) x
union all select 'generated tender missing events', count(*) from tender t where t.id > :tbase and not exists (select 1 from tender_event e where e.tender_id = t.id);
select pg_temp.phase('integrity checks');

-- Bid deadlines, contract starts and reported contract ends, as tender_refresh_latest_event keeps
-- them (migration V23): each the latest-dated event of its type, expected or not; the contract end
-- column is generated from them.
with d as (
    select tender_id,
           (array_agg(event_date order by event_date desc, id desc) filter (where type = 'BID_DEADLINE'))[1] as dl,
           (array_agg(date_precision order by event_date desc, id desc) filter (where type = 'BID_DEADLINE'))[1] as dlp,
           (array_agg(event_date order by event_date desc, id desc) filter (where type = 'CONTRACT_START'))[1] as cs,
           (array_agg(date_precision order by event_date desc, id desc) filter (where type = 'CONTRACT_START'))[1] as csp,
           (array_agg(event_date order by event_date desc, id desc) filter (where type = 'CONTRACT_END'))[1] as ce,
           (array_agg(date_precision order by event_date desc, id desc) filter (where type = 'CONTRACT_END'))[1] as cep
    from tender_event
    where tender_id > :tbase and type in ('BID_DEADLINE', 'CONTRACT_START', 'CONTRACT_END')
    group by tender_id)
update tender t set bid_deadline = d.dl, bid_deadline_precision = d.dlp, contract_start = d.cs,
                    contract_start_precision = d.csp, contract_end_reported = d.ce,
                    contract_end_reported_precision = d.cep
from d where d.tender_id = t.id;
select pg_temp.phase('deadlines and contract ends');

-- Status: fold each timeline literally as EventType.apply / StatusDerivation.derive do, over
-- all tenders (events in date order, then id; expected events skipped).
create function pg_temp.apply_event(current text, type text, expected boolean) returns text language sql immutable as $$
    select case when expected then current
                when type = 'NOTICE_PUBLISHED' then 'OPEN'
                when type in ('BIDDERS_NAMED', 'BID_DEADLINE', 'CONSORTIUM_FORMING')
                    then case when current = 'PLANNED' then 'OPEN' else current end
                when type = 'PREFERRED_BIDDER' then 'PREFERRED_BIDDER'
                when type in ('AWARD', 'CONTRACT_START') then 'AWARDED'
                when type = 'PAUSE' then 'PAUSED'
                when type = 'DELAY' then 'DELAYED'
                when type = 'COLLAPSE' then 'COLLAPSED'
                when type = 'CANCELLATION' then 'CANCELLED'
                else current end
$$;
create aggregate pg_temp.derive_status(text, boolean) (sfunc = pg_temp.apply_event, stype = text, initcond = 'PLANNED');
create temp table g_sample as
select id from tender where id <= :tbase
union select :tbase + 1 + floor(random() * :n)::int from generate_series(1, least(:n, 20000));
analyze g_sample;
insert into g_check
select 'status differs from the events (sample)', count(*)
from tender t
join g_sample s on s.id = t.id
left join lateral (select pg_temp.derive_status(e.type, e.expected order by e.event_date, e.id) as derived
                   from tender_event e where e.tender_id = t.id) d on true
where t.status <> coalesce(d.derived, 'PLANNED');
-- latest_event_*: against the same subquery as tender_refresh_latest_event(), on a sample.
insert into g_check
select 'latest_event_* differs from the events (sample)', count(*)
from tender t
left join lateral (select event_date, type, date_precision, date_qualifier from tender_event e
                   where e.tender_id = t.id and not e.expected order by event_date desc, id desc limit 1) e on true
join g_sample s on s.id = t.id
where (t.latest_event_date, t.latest_event_type, t.latest_event_precision, t.latest_event_qualifier)
      is distinct from (e.event_date, e.type, e.date_precision, e.date_qualifier);
-- search_vector: what tender_search_vector() gives, on a sample.
insert into g_check
select 'search_vector differs from tender_search_vector() (sample)', count(*)
from tender t
where t.id in (select id from g_sample limit 2000)
  and t.search_vector <> tender_search_vector(t);
-- area_mask, event_mask: what the functions behind their triggers give, on a sample.
insert into g_check
select 'area_mask or event_mask differs from the rows (sample)', count(*)
from tender t join g_sample s on s.id = t.id
where t.area_mask <> tender_area_mask(t.id) or t.event_mask <> tender_event_mask(t.id);
select pg_temp.phase('status, latest event, vector, mask checks');

select format('  check failed: %s (%s rows)', name, bad) from g_check where bad <> 0;
do $$ begin
    if exists (select 1 from g_check where bad <> 0) then
        raise exception 'generate-data: checks failed, nothing was loaded';
    end if;
end $$;
select pg_temp.phase('all checks passed');

-- The statement triggers that move the data version are off for the load, so move it here,
-- then rebuild the summary cube for the new data.
update search_state set data_version = data_version + 1 where id = 1;
select refresh_tender_cube() \gset
select pg_temp.phase('summary cube', (select count(*) from tender_cube));

select format('  %-36s %12s %8s s', 'total in transaction', '',
              to_char(extract(epoch from clock_timestamp() - started), 'FM99990.0')) from g_clock;
commit;
