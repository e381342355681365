create sequence ticket_number_seq start with 10001 increment by 1;

create table tickets (
    id               uuid primary key,
    version          bigint not null,
    number           bigint not null unique,
    subject          varchar(300) not null,
    status           varchar(20) not null,
    priority         varchar(10) not null,
    channel          varchar(20) not null,
    customer_id      uuid not null,
    assignee_id      uuid,
    team_id          uuid,
    follow_up_of     bigint,
    customer_anger   double precision,
    customer_sentiment double precision,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    first_response_at timestamp with time zone,
    solved_at        timestamp with time zone
);
create index tickets_status on tickets (status);
create index tickets_assignee on tickets (assignee_id, status);
create index tickets_customer on tickets (customer_id);
create index tickets_updated on tickets (updated_at);

create table ticket_tags (
    ticket_id uuid not null references tickets (id),
    tag       varchar(50) not null,
    primary key (ticket_id, tag)
);

create table ticket_messages (
    id              uuid primary key,
    ticket_id       uuid not null references tickets (id),
    position        integer not null,
    type            varchar(20) not null,
    channel         varchar(20) not null,
    author_name     varchar(200) not null,
    author_agent_id uuid,
    author_customer_id uuid,
    body_text       text not null,
    body_html       text not null,
    raw_source      text,
    macro_id        uuid,
    macro_unchanged boolean not null,
    sentiment       double precision,
    anger           double precision,
    created_at      timestamp with time zone not null
);
create index ticket_messages_ticket on ticket_messages (ticket_id, position);

create table macros (
    id         uuid primary key,
    version    bigint not null,
    name       varchar(100) not null unique,
    body       varchar(10000) not null,
    set_status varchar(20),
    add_tag    varchar(50),
    created_at timestamp with time zone not null
);
