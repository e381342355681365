create table customers (
    id                uuid primary key,
    version           bigint not null,
    name              varchar(200) not null,
    organisation      varchar(200),
    time_zone         varchar(64) not null,
    language          varchar(16) not null,
    notes             varchar(10000),
    detail_preference double precision not null,
    detail_samples    integer not null,
    created_at        timestamp with time zone not null
);

create table customer_emails (
    customer_id uuid not null references customers (id),
    email       varchar(254) not null unique
);
create index customer_emails_customer on customer_emails (customer_id);
