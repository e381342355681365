create table message_analyses (
    message_id        uuid primary key,
    ticket_id         uuid not null,
    ticket_number     bigint not null,
    role              varchar(10) not null,
    sentiment         double precision not null,
    anger             double precision not null,
    politeness        double precision not null,
    empathy           double precision not null,
    dismissive        double precision not null,
    condescending     double precision not null,
    hostile           double precision not null,
    antagonize        double precision not null,
    clarity           double precision not null,
    brevity           double precision not null,
    detail_preference double precision not null,
    findings          text not null,
    commitments       text not null,
    word_count        integer not null,
    truncated         boolean not null,
    analysed_at       timestamp with time zone not null
);
create index message_analyses_ticket on message_analyses (ticket_id);
