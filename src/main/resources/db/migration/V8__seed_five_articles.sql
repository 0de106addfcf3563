-- Facts from the five news articles (2013-2017) the tracker started from.
-- Summaries and descriptions are our own words; figures, names and dates are as the sources
-- report them. Relative dates ("in August", "by the end of this year") are resolved from each
-- article's own date and stored with their precision.

-- Sources ------------------------------------------------------------------------------------
insert into source (id, publication, published_on, published_precision, title, summary, citation, url) values
(1, 'HSJ', '2013-01-01', 'YEAR',
 'Cambridgeshire and Peterborough CCG plans an older people''s lead-provider tender worth up to £1bn',
 'The CCG wants one lead provider to run an integrated acute and community pathway for older people. Its Supply2Health advert valued the likely five-year deal at £750m to more than £1bn, and an assistant director put the whole pathway at about £200m a year. Over 50 organisations came to a market day in Huntingdon; Unite accused the CCG of privatisation.',
 null,
 'https://www.hsj.co.uk/nhs-cambridgeshire-and-peterborough-ccg/ccg-tenders-integrated-older-peoples-service-worth-up-to-1bn/5059048.article'),
(2, 'HSJ', '2013-01-01', 'YEAR',
 'Cambridgeshire and Peterborough CCG weighs a musculoskeletal contract worth over £50m a year',
 'A paper to the CCG''s October board costed a county-wide integrated musculoskeletal service for planned adult care at possibly more than £50m a year, and warned it would compete for staff time with the £800m older people''s procurement. The piece also reports Bedfordshire CCG choosing Circle in August as prime contractor for a £120m five-year MSK deal, and outcome-based plans in Staffordshire and Oxfordshire.',
 null, null),
(3, 'The BMJ, reproduced on the NHSreality blog', '2016-02-01', 'MONTH',
 'Staffordshire''s £1.2bn cancer and end of life procurement put on hold after the Cambridgeshire collapse',
 'NHS England''s Midlands and East regional team told the four Staffordshire CCGs not to sign the cancer (£700m) and end of life (£500m) contracts until the review into the failed £800m Cambridgeshire older people''s contract reports. A joint NHS and private consortium had become the only bidder; a decision had been due in December 2015. Reproduced with comment by the retired GP Roger Burns.',
 'The BMJ 2016;352:i745 (Gareth Iacobucci)',
 'https://www.bmj.com/content/352/bmj.i745'),
(4, 'HSJ', '2017-06-01', 'MONTH',
 'Dudley CCG issues the first vanguard tender for a multispecialty community provider, worth £3.4bn to £5.4bn',
 'Dudley CCG advertised its MCP contract on 9 June 2017, the day after the general election: up to 15 years, valued at £3.4bn to £5.4bn on 2016-17 spend including GP services. Bids close on 13 July 2017 and the contract should begin on 1 April 2018. GP practices that integrate fully would leave their core contracts, and council-funded services could be added later.',
 null, null),
(5, 'HSJ', '2015-01-01', 'YEAR',
 'Staffordshire''s £687m cancer contract steered towards a consortium led by private providers',
 'Commissioners running the four-CCG £1.2bn Staffordshire programme asked the two NHS trusts and three remaining private bidders for the ten-year £687m cancer contract to combine, possibly under Interserve Investments. The cancer award might come by the end of 2015; the £535m end of life contract, with five named bidders, slipped to 2016.',
 null, null);

insert into source_person (source_id, name, role, position) values
(1, 'Matthew Smith', 'Assistant director, NHS Cambridgeshire and Peterborough CCG', 1),
(1, 'Rachael Maskell', 'Head of health, Unite', 2),
(2, 'Nigel Smith', 'Chief officer, NHS Cambridgeshire and Peterborough CCG (author of the board paper)', 1),
(2, 'Tim Woods', 'Finance director, NHS Cambridgeshire and Peterborough CCG', 2),
(3, 'Andy Donald', 'Accountable officer for three of the four Staffordshire CCGs', 1),
(3, 'Wendy Saviour', 'Director of commissioning operations, NHS England North Midlands', 2),
(3, 'Gail Pearson', 'Member of Keep Our NHS Public and Cancer Not for Profit', 3),
(4, 'Paul Maubach', 'Chief officer, NHS Dudley CCG', 1),
(5, 'Dr Jonathan Shapiro', 'Director of clinical engagement for the Staffordshire procurement', 1);

-- Commissioners ------------------------------------------------------------------------------
-- Successor bodies (9-13) are not in the articles; they record where each CCG's duties went.
insert into commissioner (id, name, type, nhs_region, itl_region, ods_code, abolished, abolished_on, successor_id, notes) values
(9,  'NHS Cambridgeshire and Peterborough ICB', 'ICB', 'EAST_OF_ENGLAND', 'TLH', 'QUE', false, null, null,
 'Integrated care board since 1 July 2022; not named in the articles.'),
(10, 'NHS Bedfordshire, Luton and Milton Keynes ICB', 'ICB', 'EAST_OF_ENGLAND', 'TLH', 'QHG', false, null, null,
 'Integrated care board since 1 July 2022; not named in the articles.'),
(11, 'NHS Buckinghamshire, Oxfordshire and Berkshire West ICB', 'ICB', 'SOUTH_EAST', 'TLJ', 'QU9', false, null, null,
 'Integrated care board since 1 July 2022; not named in the articles.'),
(12, 'NHS Staffordshire and Stoke-on-Trent ICB', 'ICB', 'MIDLANDS', 'TLG', 'QNC', false, null, null,
 'Integrated care board since 1 July 2022; not named in the articles.'),
(13, 'NHS Black Country ICB', 'ICB', 'MIDLANDS', 'TLG', 'QUA', false, null, null,
 'Integrated care board since 1 July 2022; not named in the articles.'),
(1, 'NHS Cambridgeshire and Peterborough CCG', 'CCG', 'EAST_OF_ENGLAND', 'TLH', '06H', true, '2022-07-01', 9,
 'Abolished when integrated care boards replaced CCGs.'),
(2, 'NHS Bedfordshire CCG', 'CCG', 'EAST_OF_ENGLAND', 'TLH', '06F', true, '2021-04-01', 10,
 'Merged into Bedfordshire, Luton and Milton Keynes CCG in April 2021, which became an ICB in July 2022.'),
(3, 'NHS Oxfordshire CCG', 'CCG', 'SOUTH_EAST', 'TLJ', '10Q', true, '2022-07-01', 11,
 'Abolished when integrated care boards replaced CCGs.'),
(4, 'NHS North Staffordshire CCG', 'CCG', 'MIDLANDS', 'TLG', '05G', true, '2021-04-01', 12,
 'Merged into Staffordshire and Stoke-on-Trent CCG in April 2021, which became an ICB in July 2022.'),
(5, 'NHS Stafford and Surrounds CCG', 'CCG', 'MIDLANDS', 'TLG', '05V', true, '2021-04-01', 12,
 'Merged into Staffordshire and Stoke-on-Trent CCG in April 2021, which became an ICB in July 2022.'),
(6, 'NHS Cannock Chase CCG', 'CCG', 'MIDLANDS', 'TLG', '04Y', true, '2021-04-01', 12,
 'Merged into Staffordshire and Stoke-on-Trent CCG in April 2021, which became an ICB in July 2022.'),
(7, 'NHS Stoke on Trent CCG', 'CCG', 'MIDLANDS', 'TLG', '05W', true, '2021-04-01', 12,
 'Merged into Staffordshire and Stoke-on-Trent CCG in April 2021, which became an ICB in July 2022.'),
(8, 'NHS Dudley CCG', 'CCG', 'MIDLANDS', 'TLG', '05C', true, '2021-04-01', 13,
 'Merged into Black Country and West Birmingham CCG in April 2021; its area is now served by the Black Country ICB.');

-- Tenders ------------------------------------------------------------------------------------
insert into tender (id, title, description, contract_model, nhs_region, itl_region, parent_id, status,
                    value_low, value_high, value_high_open, value_basis, duration_min_months, duration_max_months) values
(1, 'Older people''s services lead provider (Cambridgeshire and Peterborough)',
 'One lead provider to join up acute and community care for older people across the CCG, with adult community health services, over a likely five years. UnitingCare Partnership won it; the contract fell apart within months of starting.',
 'LEAD_PROVIDER', 'EAST_OF_ENGLAND', 'TLH', null, 'COLLAPSED', 750000000, 1000000000, true, 'TOTAL', 60, 60),
(2, 'Integrated musculoskeletal service (Cambridgeshire and Peterborough)',
 'A possible CCG-wide contract for planned adult MSK care across the whole pathway: self-referral, physiotherapy, rheumatology, podiatry, orthopaedics, pain management, neurology and elective surgery.',
 null, 'EAST_OF_ENGLAND', 'TLH', null, 'PLANNED', 50000000, 50000000, true, 'ANNUAL', null, null),
(3, 'Integrated musculoskeletal service (Bedfordshire)',
 'A prime contractor holds clinical and financial responsibility for the whole MSK pathway, replacing 20 separate primary, secondary and community contracts.',
 'PRIME_CONTRACTOR', 'EAST_OF_ENGLAND', 'TLH', null, 'PREFERRED_BIDDER', 120000000, 120000000, false, 'TOTAL', 60, 60),
(4, 'Lead providers for maternity, mental health and older people''s services (Oxfordshire)',
 'Oxfordshire proposed lead-provider contracts joining up three areas of care: maternity, mental health, and services for older people. No value or timetable reported.',
 'LEAD_PROVIDER', 'SOUTH_EAST', 'TLJ', null, 'PLANNED', null, null, false, null, null, null),
(5, 'Transforming Cancer and End of Life Care Programme (Staffordshire)',
 'Four Staffordshire CCGs buying cancer and end of life care on outcomes through prime providers, in two ten-year contracts. Macmillan Cancer Support, NHS England, Public Health England and the two local councils also take part.',
 'PRIME_CONTRACTOR', 'MIDLANDS', 'TLG', null, 'PAUSED', 1200000000, 1200000000, false, 'TOTAL', 120, 120),
(6, 'Cancer care contract (Staffordshire)',
 'Ten-year prime-provider contract to integrate cancer pathways across acute and community services; commissioners pushed bidders into a single consortium.',
 'PRIME_CONTRACTOR', 'MIDLANDS', 'TLG', 5, 'PAUSED', 687000000, 687000000, false, 'TOTAL', 120, 120),
(7, 'End of life care contract (Staffordshire)',
 'Ten-year prime-provider contract to integrate end of life care; delayed to 2016, then paused with the rest of the programme.',
 'PRIME_CONTRACTOR', 'MIDLANDS', 'TLG', 5, 'PAUSED', 535000000, 535000000, false, 'TOTAL', 120, 120),
(8, 'Multispecialty community provider (Dudley)',
 'The first MCP procurement from a national vanguard site: an accountable care contract including GP services for practices that fully integrate, possibly growing to take in council-commissioned public health and social care.',
 'MCP_ACCOUNTABLE_CARE', 'MIDLANDS', 'TLG', null, 'OPEN', 3400000000, 5400000000, false, 'TOTAL', null, 180);

insert into tender_service_area (tender_id, service_area) values
(1, 'OLDER_PEOPLE'), (1, 'COMMUNITY'),
(2, 'MUSCULOSKELETAL'),
(3, 'MUSCULOSKELETAL'),
(4, 'MATERNITY'), (4, 'MENTAL_HEALTH'), (4, 'OLDER_PEOPLE'),
(5, 'CANCER'), (5, 'END_OF_LIFE'),
(6, 'CANCER'),
(7, 'END_OF_LIFE'),
(8, 'INTEGRATED_CARE'), (8, 'PRIMARY_CARE'), (8, 'COMMUNITY');

insert into tender_commissioner (tender_id, commissioner_id) values
(1, 1), (2, 1), (3, 2), (4, 3),
(5, 4), (5, 5), (5, 6), (5, 7),
(6, 4), (6, 5), (6, 6), (6, 7),
(7, 4), (7, 5), (7, 6), (7, 7),
(8, 8);

insert into tender_source (tender_id, source_id) values
(1, 1), (1, 2), (1, 3), (2, 2), (3, 2), (4, 2), (5, 2), (5, 3), (5, 5), (6, 3), (6, 5), (7, 3), (7, 5), (8, 4);

-- Bidders ------------------------------------------------------------------------------------
insert into bidder (id, name, type, former_names, description) values
(1, 'UnitingCare Partnership', 'LLP_JOINT_VENTURE', '{}',
 'Limited liability partnership set up by two NHS foundation trusts; the articles do not name them.'),
(2, 'Circle Health', 'PRIVATE_COMPANY', '{}', null),
(3, 'University Hospitals of North Midlands NHS Trust', 'NHS_TRUST', '{}', null),
(4, 'The Royal Wolverhampton NHS Trust', 'NHS_TRUST', '{}', null),
(5, 'Interserve Investments', 'PRIVATE_COMPANY', '{}', null),
(6, 'Optum', 'PRIVATE_COMPANY', '{"UnitedHealth UK"}', null),
(7, 'CSC', 'PRIVATE_COMPANY', '{}', null),
(8, 'Virgin Care', 'PRIVATE_COMPANY', '{}', null),
(9, 'Health Management', 'PRIVATE_COMPANY', '{}', null),
(10, 'Staffordshire cancer consortium', 'CONSORTIUM', '{}',
 'Unnamed consortium of the NHS trusts and private bidders for the Staffordshire cancer contract, formed at the commissioners'' request; possibly led by Interserve Investments.');

insert into bidder_member (consortium_id, member_id, lead) values
(10, 5, true), (10, 3, false), (10, 4, false), (10, 6, false), (10, 7, false);

insert into bid (tender_id, bidder_id, role, note, source_id) values
(1, 1, 'AWARDED', 'Took on the contract; it collapsed months after services began.', 3),
(3, 2, 'PREFERRED_BIDDER', 'Named preferred bidder and prime contractor in August 2013.', 2),
(6, 3, 'WITHDREW', 'Dropped its standalone bid when the CCGs signalled they wanted a private sector lead.', 5),
(6, 4, 'WITHDREW', 'Dropped its standalone bid when the CCGs signalled they wanted a private sector lead.', 5),
(6, 3, 'CONSORTIUM_MEMBER', 'Asked to work with the private bidders in one consortium.', 5),
(6, 4, 'CONSORTIUM_MEMBER', 'Asked to work with the private bidders in one consortium.', 5),
(6, 5, 'BIDDER', 'One of three private bidders still in the running in 2015.', 5),
(6, 6, 'BIDDER', 'One of three private bidders still in the running in 2015.', 5),
(6, 7, 'BIDDER', 'One of three private bidders still in the running in 2015.', 5),
(6, 5, 'CONSORTIUM_LEAD', 'Tipped to lead the consortium.', 5),
(6, 6, 'CONSORTIUM_MEMBER', 'Considering joining the consortium.', 5),
(6, 7, 'CONSORTIUM_MEMBER', 'Considering joining the consortium.', 5),
(6, 10, 'BIDDER', 'The only bidder left by February 2016.', 3),
(7, 8, 'BIDDER', 'Named bidder for the end of life contract.', 5),
(7, 7, 'BIDDER', 'Named bidder for the end of life contract.', 5),
(7, 9, 'BIDDER', 'Named bidder for the end of life contract.', 5),
(7, 5, 'BIDDER', 'Named bidder for the end of life contract.', 5),
(7, 6, 'BIDDER', 'Named bidder for the end of life contract.', 5);

-- Events -------------------------------------------------------------------------------------
insert into tender_event (id, tender_id, type, event_date, date_precision, date_qualifier, expected, description) values
(1, 1, 'MARKET_ENGAGEMENT', '2013-01-01', 'YEAR', 'ON', false,
 'Market day in Huntingdon for would-be providers; more than 50 organisations attended.'),
(2, 1, 'MARKET_ENGAGEMENT', '2013-01-01', 'YEAR', 'ON', false,
 'CCG briefing for potential bidders draws NHS, private and voluntary sector providers.'),
(3, 1, 'NOTICE_PUBLISHED', '2013-01-01', 'YEAR', 'ON', false,
 'Supply2Health advert values the likely five-year lead-provider contract at £750m to over £1bn.'),
(4, 1, 'AWARD', '2016-02-01', 'MONTH', 'BY', false,
 'Contract goes to UnitingCare Partnership, an LLP of two NHS foundation trusts.'),
(5, 1, 'CONTRACT_START', '2016-02-01', 'MONTH', 'BY', false,
 'UnitingCare starts running older people''s and adult community services.'),
(6, 1, 'COLLAPSE', '2016-02-01', 'MONTH', 'BY', false,
 'Contract ends a few months into operation, judged no longer financially sustainable.'),
(7, 1, 'REVIEW', '2016-02-01', 'MONTH', 'BY', false,
 'NHS England commissions an independent review of the collapse.'),
(8, 1, 'REVIEW', '2016-02-01', 'MONTH', 'ON', true,
 'Findings of the independent review due to be published.'),
(9, 2, 'BOARD_DECISION', '2013-10-01', 'MONTH', 'ON', false,
 'October board paper proposes a CCG-wide integrated MSK service, possibly worth over £50m a year, and flags the clash with the older people''s procurement.'),
(10, 3, 'PREFERRED_BIDDER', '2013-08-01', 'MONTH', 'ON', false,
 'Bedfordshire CCG names Circle preferred bidder, as prime contractor for the whole MSK pathway.'),
(11, 5, 'AWARD', '2015-12-01', 'MONTH', 'ON', true,
 'Procurement originally due to conclude.'),
(12, 5, 'PAUSE', '2016-02-01', 'MONTH', 'BY', false,
 'NHS England''s Midlands and East regional team tells the CCGs not to sign until the Cambridgeshire review reports.'),
(13, 6, 'BIDDERS_NAMED', '2014-11-01', 'MONTH', 'ON', false,
 'Bidders for the cancer contract made public.'),
(14, 6, 'CONSORTIUM_FORMING', '2015-01-01', 'YEAR', 'ON', false,
 'Commissioners ask the NHS trusts and private bidders to form one consortium, possibly led by Interserve Investments.'),
(15, 6, 'WITHDRAWAL', '2015-01-01', 'YEAR', 'ON', false,
 'University Hospitals of North Midlands and Royal Wolverhampton drop their standalone bids.'),
(16, 6, 'AWARD', '2015-12-01', 'MONTH', 'BY', true,
 'Award possible by the end of 2015.'),
(17, 6, 'CONSORTIUM_FORMING', '2016-02-01', 'MONTH', 'BY', false,
 'The joint NHS and private consortium is now the only bidder.'),
(18, 6, 'PAUSE', '2016-02-01', 'MONTH', 'BY', false,
 'Signing put on hold until the Cambridgeshire review reports.'),
(19, 7, 'BIDDERS_NAMED', '2015-01-01', 'YEAR', 'BY', false,
 'Virgin Care, CSC, Health Management, Interserve Investments and Optum named as bidders.'),
(20, 7, 'DELAY', '2015-01-01', 'YEAR', 'ON', false,
 'Award pushed back into 2016.'),
(21, 7, 'AWARD', '2016-01-01', 'YEAR', 'ON', true,
 'Award expected after the delay.'),
(22, 7, 'PAUSE', '2016-02-01', 'MONTH', 'BY', false,
 'Signing put on hold until the Cambridgeshire review reports.'),
(23, 8, 'NOTICE_PUBLISHED', '2017-06-09', 'DAY', 'ON', false,
 'Procurement notice published, the day after the 2017 general election.'),
(24, 8, 'BID_DEADLINE', '2017-07-13', 'DAY', 'ON', true,
 'Bids close.'),
(25, 8, 'CONTRACT_START', '2018-04-01', 'DAY', 'ON', true,
 'Commissioners'' target start date.');

insert into tender_event_source (event_id, source_id) values
(1, 1), (2, 1), (3, 1), (4, 3), (5, 3), (6, 3), (7, 3), (8, 3), (9, 2), (10, 2), (11, 3), (12, 3),
(13, 5), (14, 5), (15, 5), (16, 5), (17, 3), (18, 3), (19, 5), (20, 5), (21, 5), (22, 3), (23, 4), (24, 4), (25, 4);

-- Reported figures ---------------------------------------------------------------------------
insert into reported_figure (tender_id, source_id, value_low, value_high, value_high_open, value_basis,
                             duration_min_months, duration_max_months, note) values
(1, 1, 750000000, 1000000000, true, 'TOTAL', 60, 60, 'Supply2Health advert: £750m to over £1bn for a likely five-year deal.'),
(1, 1, 200000000, 200000000, false, 'ANNUAL', null, null, 'CCG assistant director: about £200m a year if every part of the pathway is included.'),
(1, 2, 800000000, 800000000, false, 'TOTAL', null, null, 'Called an £800m tender.'),
(1, 3, 800000000, 800000000, false, 'TOTAL', null, null, 'Called the £800m Cambridgeshire contract.'),
(2, 2, 50000000, 50000000, true, 'ANNUAL', null, null, 'Board paper: potentially over £50m a year.'),
(3, 2, 120000000, 120000000, false, 'TOTAL', 60, 60, '£120m over five years.'),
(5, 3, 1200000000, 1200000000, false, 'TOTAL', null, null, '£1.2bn programme.'),
(5, 5, 1200000000, 1200000000, false, 'TOTAL', 120, 120, '£1.2bn tender; both contracts run ten years.'),
(6, 5, 687000000, 687000000, false, 'TOTAL', 120, 120, '£687m over ten years.'),
(6, 3, 700000000, 700000000, false, 'TOTAL', null, null, '£700m for cancer care.'),
(7, 5, 535000000, 535000000, false, 'TOTAL', 120, 120, '£535m over ten years.'),
(7, 3, 500000000, 500000000, false, 'TOTAL', null, null, '£500m for end of life care.'),
(8, 4, 3400000000, 5400000000, false, 'TOTAL', null, 180, 'Between £3.4bn and £5.4bn, on 2016-17 spend including GP services.'),
(8, 4, null, 5000000000, false, 'TOTAL', null, 180, 'Headline figure: as much as £5bn, for a term of no more than 15 years.');

-- Explicit ids above: move each sequence past them.
select setval(pg_get_serial_sequence('source', 'id'), (select max(id) from source));
select setval(pg_get_serial_sequence('commissioner', 'id'), (select max(id) from commissioner));
select setval(pg_get_serial_sequence('tender', 'id'), (select max(id) from tender));
select setval(pg_get_serial_sequence('bidder', 'id'), (select max(id) from bidder));
select setval(pg_get_serial_sequence('tender_event', 'id'), (select max(id) from tender_event));
