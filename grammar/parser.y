/* The grammar of the migration language (../shared/design/dsl.md).  Each
 * action is one constructor call; meaning is checked later, against the
 * schema model.  Errors recover at the next ';' so one bad statement gives
 * one message. */

%require "3.8"
%define api.pure full
%define api.prefix {retort_yy}
%define api.token.prefix {K_}
%define api.location.type {struct span}
%define parse.error custom
%define parse.lac full	/* (the build writes a second parser without it: parse_file) */
%locations
%expect 0
%param {struct parser *p}

%code requires {
#include "ir.h"
#include "srcfile.h"
struct parser;
struct alter_item;
struct col_opt;
struct tbl_opt;
struct index_opts;
struct view_opts;
/* create_table's columns and constraints, each list built newest first */
struct tbl_elems {
	struct column *cols;
	struct constraint *cons;
};
}

%code provides {
int retort_yyparse(struct parser *p);
}

%code {
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "parse_impl.h"

#define A (p->arena)

/* A rule's span runs from its first symbol's start to its last's end; an
 * empty rule sits at the end of what came before. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                     \
	do {                                                            \
		if (N) {                                                \
			(Cur).start = YYRHSLOC(Rhs, 1).start;           \
			(Cur).end = YYRHSLOC(Rhs, N).end;               \
		} else {                                                \
			(Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end; \
		}                                                       \
	} while (0)

static int retort_yylex(RETORT_YYSTYPE *lval, RETORT_YYLTYPE *lloc, struct parser *p);
static void retort_yyerror(RETORT_YYLTYPE *lloc, struct parser *p, const char *msg);
}

%union {
	const char *str;
	struct ident *ident;
	struct identlist idents;
	struct qname qname;
	struct value *value;
	struct valuelist values;
	struct type *type;
	struct column *column;
	struct constraint *constraint;
	struct fkref *fkref;
	struct index_elem *ielem;
	struct exclude_elem *xelem;
	struct kv *kv;
	struct op *op;
	struct oplist ops;
	struct insert_row *row;
	struct alter_item *alter;
	struct col_opt *colopt;
	struct index_opts *idxopts;
	struct tbl_opt *tblopt;
	struct tbl_elems elems;
	struct view_opts *viewopts;
	struct identity *identity;
	struct index_variant *ixopt;
	struct index_colopt *ixcols;
	int num;
	bool flag;
}

%token <str> IDENT "identifier"
%token <str> SCONST "string"
%token <str> NCONST "number"
%token <str> DCONST "dollar-quoted string"
%token LEXERROR "invalid token"

%token <str> ACTION "'action'" ADD "'add'" ADD_COLUMN "'add_column'" AFTER "'after'"
%token <str> ALTER_COLUMN "'alter_column'" ALTER_ENUM "'alter_enum'" ALWAYS "'always'" AS "'as'"
%token <str> BEFORE "'before'" IDENTITY "'identity'" INCLUDE "'include'" LENGTH "'length'"
%token <str> OPS "'ops'" RECREATE "'recreate'" CREATE_SCHEMA "'create_schema'"
%token <str> DROP_SCHEMA "'drop_schema'"
%token <str> ASC "'asc'" ASSUME "'assume'" AUTOINCREMENT "'autoincrement'" BASE "'base'"
%token <str> BATCH_ALTER_TABLE "'batch_alter_table'" BIGINT "'bigint'" BINARY "'binary'"
%token <str> BLOB "'blob'" BOOLEAN "'boolean'" BRANCH_LABELS "'branch_labels'"
%token <str> BULK_INSERT "'bulk_insert'" BY "'by'" CACHE "'cache'" CASCADE "'cascade'"
%token <str> CHAR "'char'" CHECK "'check'" COMMENT "'comment'" CONCURRENTLY "'concurrently'"
%token <str> CONSTRAINT "'constraint'" CREATE_CHECK_CONSTRAINT "'create_check_constraint'"
%token <str> CREATE_ENUM "'create_enum'" CREATE_EXCLUDE_CONSTRAINT "'create_exclude_constraint'"
%token <str> CREATE_FOREIGN_KEY "'create_foreign_key'" CREATE_INDEX "'create_index'"
%token <str> CREATE_PRIMARY_KEY "'create_primary_key'" CREATE_SEQUENCE "'create_sequence'"
%token <str> CREATE_TABLE "'create_table'" CREATE_TABLE_COMMENT "'create_table_comment'"
%token <str> CREATE_TRIGGER "'create_trigger'" CREATE_VIEW "'create_view'"
%token <str> DROP_TRIGGER "'drop_trigger'" DROP_VIEW "'drop_view'" OR "'or'" READS "'reads'"
%token <str> REPLACE "'replace'"
%token <str> CREATE_UNIQUE_CONSTRAINT "'create_unique_constraint'" CREATED "'created'"
%token <str> CYCLE "'cycle'" DATE "'date'" DATETIME "'datetime'" DEFAULT "'default'"
%token <str> DEFERRABLE "'deferrable'" DEFERRED "'deferred'" DELETE "'delete'"
%token <str> DEPENDS_ON "'depends_on'" DESC "'desc'" DOUBLE "'double'" DOWNGRADE "'downgrade'"
%token <str> DROP "'drop'" DROP_COLUMN "'drop_column'" DROP_CONSTRAINT "'drop_constraint'"
%token <str> DROP_ENUM "'drop_enum'" DROP_INDEX "'drop_index'" DROP_SEQUENCE "'drop_sequence'"
%token <str> DROP_TABLE "'drop_table'" DROP_TABLE_COMMENT "'drop_table_comment'"
%token <str> ENUM "'enum'" EXCLUDE "'exclude'" EXECUTE "'execute'" FALSE "'false'"
%token <str> FIRST "'first'" FLOAT "'float'" FOREIGN "'foreign'" IMMEDIATE "'immediate'"
%token <str> INCREMENT "'increment'" INITIALLY "'initially'" INTEGER "'integer'"
%token <str> INTERVAL "'interval'" JSON "'json'" JSONB "'jsonb'" KEY "'key'" LAST "'last'"
%token <str> MAXVALUE "'maxvalue'" MESSAGE "'message'" MINVALUE "'minvalue'" NO "'no'"
%token <str> NOT "'not'" NULL "'null'" NULLS "'nulls'" NUMERIC "'numeric'" ON "'on'"
%token <str> ONLY "'only'" PRIMARY "'primary'" RAW "'raw'" REFERENCES "'references'"
%token <str> RENAME "'rename'" RENAME_COLUMN "'rename_column'" RENAME_TABLE "'rename_table'"
%token <str> RESTRICT "'restrict'" REVISES "'revises'" REVISION "'revision'"
%token <str> SEQUENCE "'sequence'" SET "'set'"
%token <str> SMALLINT "'smallint'" SQL "'sql'" START "'start'" STRING "'string'" TEXT "'text'"
%token <str> TIME "'time'" TIMESTAMP "'timestamp'" TIMESTAMPTZ "'timestamptz'" TO "'to'"
%token <str> TODO "'todo'"
%token <str> TRANSACTIONAL "'transactional'" TRUE "'true'" TYPE "'type'" UNICODE "'unicode'"
%token <str> UNICODE_TEXT "'unicode_text'" UNIQUE "'unique'" UPDATE "'update'"
%token <str> UPGRADE "'upgrade'" USING "'using'" UUID "'uuid'" VALUE "'value'" VALUES "'values'"
%token <str> VARCHAR "'varchar'" WHEN "'when'" WHERE "'where'" WITH "'with'"

%type <str> unreserved_keyword sqltext fragment string opt_where
%type <ident> ident constraint_kind
%type <idents> ident_list opt_paren_idents
%type <qname> qname opt_on_table
%type <value> value string_value
%type <values> value_list string_list string_or_list one_string
%type <type> type type_v
%type <value> value_v
%type <num> opt_length fk_action opt_nulls opt_order
%type <flag> bool_value
%type <column> column_def
%type <colopt> col_opts col_opt
%type <constraint> table_constraint constraint_body
%type <elems> table_elems
%type <fkref> fk_tail fk_opts con_opts
%type <ielem> index_elems index_elem
%type <xelem> exclude_elems exclude_elem
%type <kv> kv_list kv
%type <op> op batch_op seq_opts enum_edit
%type <idxopts> index_opts
%type <ixopt> index_opt
%type <ixcols> ops_cols length_cols
%type <ops> stmts batch_stmts
%type <row> rows row
%type <alter> alter_items alter_item
%type <tblopt> table_opts table_opt
%type <viewopts> view_opts
%type <identity> identity identity_opts identity_items
%type <num> identity_kind

%%

file:
	  items
	;

items:
	  %empty
	| items item
	;

item:
	  header
	| UPGRADE '{' stmts '}'		{ parse_block(p, &p->file->upgrade, $3, @1, true); }
	| DOWNGRADE '{' stmts '}'	{ parse_block(p, &p->file->downgrade, $3, @1, false); }
	| op				{ if (!parse_toplevel(p, $1)) YYABORT; }
	| ';'
	| error ';'			{ yyerrok; }
	;

header:
	  REVISION one_string ';'	{ parse_header(p, HDR_REVISION, &$2, @$); }
	| REVISES BASE ';'		{ parse_header(p, HDR_REVISES, NULL, @$); }
	| REVISES string_or_list ';'	{ parse_header(p, HDR_REVISES, &$2, @$); }
	| MESSAGE one_string ';'	{ parse_header(p, HDR_MESSAGE, &$2, @$); }
	| CREATED one_string ';'	{ parse_header(p, HDR_CREATED, &$2, @$); }
	| BRANCH_LABELS string_or_list ';'	{ parse_header(p, HDR_BRANCH_LABELS, &$2, @$); }
	| DEPENDS_ON string_or_list ';'	{ parse_header(p, HDR_DEPENDS_ON, &$2, @$); }
	| TRANSACTIONAL bool_value ';'	{ parse_header_bool(p, HDR_TRANSACTIONAL, $2, @$); }
	;

string_or_list:
	  one_string			{ $$ = $1; }
	| '(' string_list ')'		{ $$ = $2; }
	;

one_string:
	  string_value			{ $$ = (struct valuelist){0}; ir_valuelist_append(&$$, $1); }
	;

bool_value:
	  TRUE				{ $$ = true; }
	| FALSE				{ $$ = false; }
	;

stmts:
	  %empty			{ $$ = (struct oplist){0}; }
	| stmts op			{ $$ = $1; ir_oplist_append(&$$, $2); }
	| stmts ';'			{ $$ = $1; }
	| stmts TODO SCONST ';'		{ $$ = $1; parse_todo(p, span_make(@2.start, @4.end), $3); }
	| stmts error ';'		{ $$ = $1; yyerrok; }
	;

/* Statements end with ';', blocks with '}'. */
op:
	  CREATE_TABLE qname '(' table_elems ')' table_opts ';'
		{ $$ = parse_create_table(p, @$, $2, $4, $6); }
	| DROP_TABLE qname ';'		{ $$ = ir_new_drop_table(A, @$, $2); }
	| RENAME_TABLE qname TO ident ';'	{ $$ = ir_new_rename_table(A, @$, $2, *$4); }
	| ADD_COLUMN qname column_def ';'	{ $$ = ir_new_add_column(A, @$, $2, $3); }
	| DROP_COLUMN qname ident ';'	{ $$ = ir_new_drop_column(A, @$, $2, *$3); }
	| ALTER_COLUMN qname ident alter_items ';'
		{ $$ = parse_alter_column(p, @$, $2, $3, $4); }
	| RENAME_COLUMN qname ident TO ident ';'
		{ $$ = parse_rename_column(p, @$, $2, $3, $5); }
	| CREATE_INDEX qname ON qname '(' index_elems ')' index_opts ';'
		{ $$ = parse_create_index(p, @$, parse_index_name(p, &$2, &$4), $4, $6, $8); }
	| DROP_INDEX qname opt_on_table index_opts ';'
		{ $$ = parse_drop_index(p, @$, parse_index_name(p, &$2, &$3), $3, $4); }
	| CREATE_PRIMARY_KEY ident ON qname '(' ident_list ')' con_opts ';'
		{ $$ = parse_add_constraint(p, OP_CREATE_PRIMARY_KEY, @$, $2, $4,
			parse_constraint(p, CON_PRIMARY_KEY, @$, &$6, NULL, NULL, $8)); }
	| CREATE_UNIQUE_CONSTRAINT ident ON qname '(' ident_list ')' con_opts ';'
		{ $$ = parse_add_constraint(p, OP_CREATE_UNIQUE_CONSTRAINT, @$, $2, $4,
			parse_constraint(p, CON_UNIQUE, @$, &$6, NULL, NULL, $8)); }
	| CREATE_FOREIGN_KEY ident ON qname '(' ident_list ')' fk_tail ';'
		{ $$ = parse_add_constraint(p, OP_CREATE_FOREIGN_KEY, @$, $2, $4,
			parse_constraint(p, CON_FOREIGN_KEY, @$, &$6, $8, NULL, NULL)); }
	| CREATE_CHECK_CONSTRAINT ident ON qname CHECK fragment ';'
		{ $$ = parse_add_constraint(p, OP_CREATE_CHECK_CONSTRAINT, @$, $2, $4,
			parse_constraint(p, CON_CHECK, @$, NULL, NULL, $6, NULL)); }
	| CREATE_EXCLUDE_CONSTRAINT ident ON qname USING ident '(' exclude_elems ')' opt_where ';'
		{ $$ = parse_add_constraint(p, OP_CREATE_EXCLUDE_CONSTRAINT, @$, $2, $4,
			parse_exclude(p, @$, $6, $8, $10)); }
	| DROP_CONSTRAINT ident ON qname ';'
		{ $$ = ir_new_drop_constraint(A, @$, *$2, $4); }
	| DROP_CONSTRAINT ident ON qname TYPE constraint_kind ';'
		{ $$ = parse_drop_constraint_kind(p, ir_new_drop_constraint(A, @$, *$2, $4), $6); }
	| CREATE_TABLE_COMMENT qname string ';'	{ $$ = ir_new_table_comment(A, @$, $2, $3); }
	| DROP_TABLE_COMMENT qname ';'	{ $$ = ir_new_table_comment(A, @$, $2, NULL); }
	| CREATE_ENUM qname '(' string_list ')' ';'	{ $$ = ir_new_create_enum(A, @$, $2, $4); }
	| DROP_ENUM qname ';'		{ $$ = ir_new_drop_enum(A, @$, $2); }
	| ALTER_ENUM qname enum_edit ';'	{ $$ = parse_alter_enum(p, @$, &$2, NULL, NULL, $3); }
	| ALTER_ENUM ON qname '(' ident ')' enum_edit ';'
		{ $$ = parse_alter_enum(p, @$, NULL, &$3, $5, $7); }
	| CREATE_VIEW qname AS fragment view_opts ';'
		{ $$ = parse_create_view(p, @$, $2, $4, @4, $5); }
	| DROP_VIEW qname ';'
		{ $$ = ir_new_view(A, OP_DROP_VIEW, @$, $2, NULL, @2, false, NULL, 0, false); }
	| CREATE_TRIGGER ident ON qname AS sqltext ';'
		{ $$ = ir_new_trigger(A, OP_CREATE_TRIGGER, @$, *$2, $4, $6, @6); }
	| DROP_TRIGGER ident ON qname ';'
		{ $$ = ir_new_trigger(A, OP_DROP_TRIGGER, @$, *$2, $4, NULL, @2); }
	| CREATE_SCHEMA ident ';'	{ $$ = ir_new_schema(A, OP_CREATE_SCHEMA, @$, *$2); }
	| DROP_SCHEMA ident ';'		{ $$ = ir_new_schema(A, OP_DROP_SCHEMA, @$, *$2); }
	| CREATE_SEQUENCE qname seq_opts ';'	{ $$ = parse_sequence(p, OP_CREATE_SEQUENCE, @$, $2, $3); }
	| DROP_SEQUENCE qname ';'	{ $$ = parse_sequence(p, OP_DROP_SEQUENCE, @$, $2, NULL); }
	| BULK_INSERT qname '(' ident_list ')' VALUES rows ';'
		{ $$ = parse_bulk_insert(p, @$, $2, $4, $7); }
	| EXECUTE sqltext ';'		{ $$ = parse_execute(p, @$, NULL, $2, @2); }
	| EXECUTE ident_list sqltext ';'	{ $$ = parse_execute(p, @$, &$2, $3, @3); }
	| ONLY ident_list '{' stmts '}'	{ $$ = ir_new_only(A, @$, $2, $4); }
	| WHEN qname '=' string '{' stmts '}'
		{ $$ = parse_when(p, @$, $2, $4, @4, $6); }
	| BATCH_ALTER_TABLE qname '{' batch_stmts '}'	{ $$ = ir_new_batch(A, @$, $2, $4); }
	| BATCH_ALTER_TABLE qname RECREATE '{' batch_stmts '}'
		{ $$ = ir_new_batch(A, @$, $2, $5); $$->u.block.recreate = true; }
	| ASSUME '{' stmts '}'		{ $$ = ir_new_assume(A, @$, $3); }
	;

batch_stmts:
	  %empty			{ $$ = (struct oplist){0}; }
	| batch_stmts batch_op		{ $$ = $1; ir_oplist_append(&$$, $2); }
	| batch_stmts ';'		{ $$ = $1; }
	| batch_stmts TODO SCONST ';'	{ $$ = $1; parse_todo(p, span_make(@2.start, @4.end), $3); }
	| batch_stmts error ';'		{ $$ = $1; yyerrok; }
	;

/* Inside batch_alter_table the table is the batch's and is not repeated. */
batch_op:
	  ADD_COLUMN column_def ';'	{ $$ = ir_new_add_column(A, @$, (struct qname){0}, $2); }
	| DROP_COLUMN ident ';'		{ $$ = ir_new_drop_column(A, @$, (struct qname){0}, *$2); }
	| ALTER_COLUMN ident alter_items ';'
		{ $$ = parse_alter_column(p, @$, (struct qname){0}, $2, $3); }
	| RENAME_COLUMN ident TO ident ';'
		{ $$ = parse_rename_column(p, @$, (struct qname){0}, $2, $4); }
	| CREATE_INDEX ident '(' index_elems ')' index_opts ';'
		{ $$ = parse_create_index(p, @$, $2, (struct qname){0}, $4, $6); }
	| DROP_INDEX ident ';'		{ $$ = parse_drop_index(p, @$, $2, (struct qname){0}, NULL); }
	| CREATE_PRIMARY_KEY ident '(' ident_list ')' con_opts ';'
		{ $$ = parse_add_constraint(p, OP_CREATE_PRIMARY_KEY, @$, $2, (struct qname){0},
			parse_constraint(p, CON_PRIMARY_KEY, @$, &$4, NULL, NULL, $6)); }
	| CREATE_UNIQUE_CONSTRAINT ident '(' ident_list ')' con_opts ';'
		{ $$ = parse_add_constraint(p, OP_CREATE_UNIQUE_CONSTRAINT, @$, $2, (struct qname){0},
			parse_constraint(p, CON_UNIQUE, @$, &$4, NULL, NULL, $6)); }
	| CREATE_FOREIGN_KEY ident '(' ident_list ')' fk_tail ';'
		{ $$ = parse_add_constraint(p, OP_CREATE_FOREIGN_KEY, @$, $2, (struct qname){0},
			parse_constraint(p, CON_FOREIGN_KEY, @$, &$4, $6, NULL, NULL)); }
	| CREATE_CHECK_CONSTRAINT ident CHECK fragment ';'
		{ $$ = parse_add_constraint(p, OP_CREATE_CHECK_CONSTRAINT, @$, $2, (struct qname){0},
			parse_constraint(p, CON_CHECK, @$, NULL, NULL, $4, NULL)); }
	| DROP_CONSTRAINT ident ';'
		{ $$ = ir_new_drop_constraint(A, @$, *$2, (struct qname){0}); }
	| DROP_CONSTRAINT ident TYPE constraint_kind ';'
		{ $$ = parse_drop_constraint_kind(p, ir_new_drop_constraint(A, @$, *$2, (struct qname){0}), $4); }
	;

/* ---- create_view's options ---- */

view_opts:
	  %empty			{ $$ = parse_view_opts(p, NULL, false, NULL); }
	| view_opts OR REPLACE		{ $$ = parse_view_opts(p, $1, true, NULL); }
	| view_opts READS '(' view_reads ')'	{ $$ = $1; $$->has_reads = true; }
	;

/* (the names go into the view_opts being built, p->view) */
view_reads:
	  qname				{ parse_view_opts(p, p->view, false, &$1); }
	| view_reads ',' qname		{ parse_view_opts(p, p->view, false, &$3); }
	;

/* ---- alter_enum: what it does to which value (the enum is filled in) ---- */

enum_edit:
	  ADD VALUE string_value	{ $$ = parse_enum_edit(p, ENUM_ADD_VALUE, $3, ENUM_AT_END, NULL); }
	| ADD VALUE string_value BEFORE string_value
		{ $$ = parse_enum_edit(p, ENUM_ADD_VALUE, $3, ENUM_BEFORE, $5); }
	| ADD VALUE string_value AFTER string_value
		{ $$ = parse_enum_edit(p, ENUM_ADD_VALUE, $3, ENUM_AFTER, $5); }
	| RENAME VALUE string_value TO string_value
		{ $$ = parse_enum_edit(p, ENUM_RENAME_VALUE, $3, ENUM_AT_END, $5); }
	| DROP VALUE string_value	{ $$ = parse_enum_edit(p, ENUM_DROP_VALUE, $3, ENUM_AT_END, NULL); }
	;

/* ---- create_table ---- */

table_elems:
	  column_def			{ $$ = (struct tbl_elems){ $1, NULL }; }
	| table_constraint		{ $$ = (struct tbl_elems){ NULL, $1 }; }
	| table_elems ',' column_def	{ $$ = $1; $3->next = $$.cols; $$.cols = $3; }
	| table_elems ',' table_constraint	{ $$ = $1; $3->next = $$.cons; $$.cons = $3; }
	;

table_constraint:
	  constraint_body		{ $$ = $1; }
	| CONSTRAINT ident constraint_body	{ $$ = $3; $$->name = *$2; $$->span = @$; }
	;

constraint_body:
	  PRIMARY KEY '(' ident_list ')' con_opts
		{ $$ = parse_constraint(p, CON_PRIMARY_KEY, @$, &$4, NULL, NULL, $6); }
	| UNIQUE '(' ident_list ')' con_opts
		{ $$ = parse_constraint(p, CON_UNIQUE, @$, &$3, NULL, NULL, $5); }
	| FOREIGN KEY '(' ident_list ')' fk_tail
		{ $$ = parse_constraint(p, CON_FOREIGN_KEY, @$, &$4, $6, NULL, NULL); }
	| CHECK fragment
		{ $$ = parse_constraint(p, CON_CHECK, @$, NULL, NULL, $2, NULL); }
	| EXCLUDE USING ident '(' exclude_elems ')' opt_where
		{ $$ = parse_exclude(p, @$, $3, $5, $7); }
	;

/* deferrable / initially for unique and primary key, carried in a fkref
 * so one set of helpers serves every constraint kind.  (NOT DEFERRABLE is
 * the default and is not spelled: after a column's REFERENCES it would
 * collide with NOT NULL.) */
con_opts:
	  %empty			{ $$ = NULL; }
	| con_opts DEFERRABLE		{ $$ = parse_defer(p, $1, 1, 0); }
	| con_opts INITIALLY DEFERRED	{ $$ = parse_defer(p, $1, -1, FK_INITIALLY_DEFERRED); }
	| con_opts INITIALLY IMMEDIATE	{ $$ = parse_defer(p, $1, -1, FK_INITIALLY_IMMEDIATE); }
	;

fk_tail:
	  REFERENCES qname opt_paren_idents fk_opts
		{ $$ = parse_fkref(p, @$, $2, &$3, $4); }
	;

fk_opts:
	  %empty			{ $$ = NULL; }
	| fk_opts ON DELETE fk_action	{ $$ = parse_fk_action(p, $1, true, $4, @4); }
	| fk_opts ON UPDATE fk_action	{ $$ = parse_fk_action(p, $1, false, $4, @4); }
	| fk_opts DEFERRABLE		{ $$ = parse_defer(p, $1, 1, 0); }
	| fk_opts INITIALLY DEFERRED	{ $$ = parse_defer(p, $1, -1, FK_INITIALLY_DEFERRED); }
	| fk_opts INITIALLY IMMEDIATE	{ $$ = parse_defer(p, $1, -1, FK_INITIALLY_IMMEDIATE); }
	;

fk_action:
	  CASCADE			{ $$ = FK_ACTION_CASCADE; }
	| RESTRICT			{ $$ = FK_ACTION_RESTRICT; }
	| NO ACTION			{ $$ = FK_ACTION_NO_ACTION; }
	| SET NULL			{ $$ = FK_ACTION_SET_NULL; }
	| SET DEFAULT			{ $$ = FK_ACTION_SET_DEFAULT; }
	;

/* drop_constraint's type: foreign_key, primary_key, unique, check, exclude;
 * three of those are reserved words, so they are let in here by name. */
constraint_kind:
	  ident				{ $$ = $1; }
	| CHECK				{ $$ = ir_new_ident(A, $1, @$); }
	| UNIQUE			{ $$ = ir_new_ident(A, $1, @$); }
	| EXCLUDE			{ $$ = ir_new_ident(A, $1, @$); }
	| PRIMARY			{ $$ = ir_new_ident(A, $1, @$); }
	;

opt_paren_idents:
	  %empty			{ $$ = (struct identlist){0}; }
	| '(' ident_list ')'		{ $$ = $2; }
	;

table_opts:
	  %empty			{ $$ = NULL; }
	| table_opts table_opt		{ $$ = $2; $$->next = $1; }
	;

table_opt:
	  COMMENT string		{ $$ = parse_tbl_opt(p, @$, $2, NULL); }
	| WITH '(' kv_list ')'		{ $$ = parse_tbl_opt(p, @$, NULL, $3); }
	;

kv_list:
	  kv				{ $$ = $1; }
	| kv_list ',' kv		{ $$ = $3; $$->next = $1; }
	;

kv:
	  ident value			{ $$ = parse_kv(p, $1, $2); }
	;

/* ---- columns ---- */

column_def:
	  ident type_v col_opts		{ $$ = parse_column(p, @$, $1, $2, $3); }
	;

/* a type, then its spellings for some dialects: uuid | mysql, sqlite: string(36) */
type_v:
	  type				{ $$ = $1; }
	| type_v '|' ident_list ':' type	{ $$ = parse_type_variant(p, $1, span_make(@2.start, @5.end), &$3, $5); }
	;

value_v:
	  value				{ $$ = $1; }
	| value_v '|' ident_list ':' value	{ $$ = parse_value_variant(p, $1, span_make(@2.start, @5.end), &$3, $5); }
	;

col_opts:
	  %empty			{ $$ = NULL; }
	| col_opts col_opt		{ $$ = $2; $$->next = $1; }
	;

col_opt:
	  NOT NULL			{ $$ = parse_col_opt(p, COLOPT_NOT_NULL, @$, NULL, NULL, NULL); }
	| NULL				{ $$ = parse_col_opt(p, COLOPT_NULL, @$, NULL, NULL, NULL); }
	| PRIMARY KEY			{ $$ = parse_col_opt(p, COLOPT_PRIMARY_KEY, @$, NULL, NULL, NULL); }
	| AUTOINCREMENT			{ $$ = parse_col_opt(p, COLOPT_AUTOINCREMENT, @$, NULL, NULL, NULL); }
	| AUTOINCREMENT SEQUENCE ident	{ $$ = parse_col_opt(p, COLOPT_AUTOINCREMENT, @$, NULL, $3->name, NULL); }
	| UNIQUE			{ $$ = parse_col_opt(p, COLOPT_UNIQUE, @$, NULL, NULL, NULL); }
	| DEFAULT value_v		{ $$ = parse_col_opt(p, COLOPT_DEFAULT, @$, $2, NULL, NULL); }
	| COMMENT string		{ $$ = parse_col_opt(p, COLOPT_COMMENT, @$, NULL, $2, NULL); }
	| CONSTRAINT ident		{ $$ = parse_col_opt(p, COLOPT_CONSTRAINT, @$, NULL, $2->name, NULL); }
	| fk_tail			{ $$ = parse_col_opt(p, COLOPT_REFERENCES, @$, NULL, NULL, $1); }
	| identity			{ $$ = parse_col_opt_identity(p, @$, $1); }
	| NO CHECK			{ $$ = parse_col_opt(p, COLOPT_NO_CHECK, @$, NULL, NULL, NULL); }
	;

/* identity [always | by default] [(start N, increment M)] */
identity:
	  IDENTITY identity_kind identity_opts	{ $$ = parse_identity(p, @$, $2, $3); }
	;

identity_kind:
	  %empty			{ $$ = IDENTITY_BY_DEFAULT; }
	| ALWAYS			{ $$ = IDENTITY_ALWAYS; }
	| BY DEFAULT			{ $$ = IDENTITY_BY_DEFAULT; }
	;

identity_opts:
	  %empty			{ $$ = NULL; }
	| '(' identity_items ')'	{ $$ = $2; }
	;

identity_items:
	  START NCONST			{ $$ = parse_identity_opt(p, NULL, @$, SEQOPT_START, $2); }
	| START WITH NCONST		{ $$ = parse_identity_opt(p, NULL, @$, SEQOPT_START, $3); }
	| INCREMENT NCONST		{ $$ = parse_identity_opt(p, NULL, @$, SEQOPT_INCREMENT, $2); }
	| INCREMENT BY NCONST		{ $$ = parse_identity_opt(p, NULL, @$, SEQOPT_INCREMENT, $3); }
	| identity_items ',' START NCONST	{ $$ = parse_identity_opt(p, $1, span_make(@3.start, @4.end), SEQOPT_START, $4); }
	| identity_items ',' START WITH NCONST	{ $$ = parse_identity_opt(p, $1, span_make(@3.start, @5.end), SEQOPT_START, $5); }
	| identity_items ',' INCREMENT NCONST	{ $$ = parse_identity_opt(p, $1, span_make(@3.start, @4.end), SEQOPT_INCREMENT, $4); }
	| identity_items ',' INCREMENT BY NCONST	{ $$ = parse_identity_opt(p, $1, span_make(@3.start, @5.end), SEQOPT_INCREMENT, $5); }
	;

/* ---- alter_column ---- */

alter_items:
	  alter_item			{ $$ = $1; }
	| alter_items alter_item	{ $$ = $2; $$->next = $1; }
	;

alter_item:
	  TYPE type_v			{ $$ = parse_alter_item(p, ALTER_TYPE, @$, $2, NULL, NULL, NULL, NULL); }
	| TYPE type_v USING fragment	{ $$ = parse_alter_item(p, ALTER_TYPE, @$, $2, $4, NULL, NULL, NULL); }
	| SET NOT NULL			{ $$ = parse_alter_item(p, ALTER_SET_NOT_NULL, @$, NULL, NULL, NULL, NULL, NULL); }
	| DROP NOT NULL			{ $$ = parse_alter_item(p, ALTER_DROP_NOT_NULL, @$, NULL, NULL, NULL, NULL, NULL); }
	| SET DEFAULT value_v		{ $$ = parse_alter_item(p, ALTER_SET_DEFAULT, @$, NULL, NULL, $3, NULL, NULL); }
	| DROP DEFAULT			{ $$ = parse_alter_item(p, ALTER_DROP_DEFAULT, @$, NULL, NULL, NULL, NULL, NULL); }
	| COMMENT string		{ $$ = parse_alter_item(p, ALTER_COMMENT, @$, NULL, NULL, NULL, $2, NULL); }
	| COMMENT NULL			{ $$ = parse_alter_item(p, ALTER_COMMENT, @$, NULL, NULL, NULL, NULL, NULL); }
	| RENAME TO ident		{ $$ = parse_alter_item(p, ALTER_RENAME, @$, NULL, NULL, NULL, NULL, $3); }
	| SET identity			{ $$ = parse_alter_identity(p, @$, $2); }
	| DROP IDENTITY			{ $$ = parse_alter_identity(p, @$, NULL); }
	;

/* ---- indexes ---- */

index_elems:
	  index_elem			{ $$ = $1; }
	| index_elems ',' index_elem	{ $$ = $3; $$->next = $1; }
	;

index_elem:
	  ident opt_order opt_nulls	{ $$ = parse_index_elem(p, @$, $1, NULL, $2, $3); }
	| SQL SCONST opt_order opt_nulls	{ $$ = parse_index_elem(p, @$, NULL, parse_fragment(p, $2, @2), $3, $4); }
	| DCONST opt_order opt_nulls	{ $$ = parse_index_elem(p, @$, NULL, parse_fragment(p, $1, @1), $2, $3); }
	;

opt_order:
	  %empty			{ $$ = SORT_UNSET; }
	| ASC				{ $$ = SORT_ASC; }
	| DESC				{ $$ = SORT_DESC; }
	;

opt_nulls:
	  %empty			{ $$ = NULLS_UNSET; }
	| NULLS FIRST			{ $$ = NULLS_FIRST; }
	| NULLS LAST			{ $$ = NULLS_LAST; }
	;

index_opts:
	  %empty			{ $$ = NULL; }
	| index_opts index_opt		{ $$ = parse_index_opt(p, $1, $2, NULL); }
	| index_opts ident_list ':' index_opt	{ $$ = parse_index_opt(p, $1, $4, &$2); }
	;

/* one option; after "DIALECT, ...:" it is those dialects' alone */
index_opt:
	  UNIQUE			{ $$ = parse_index_option(p, @$, INDEXOPT_UNIQUE, NULL, NULL, NULL); }
	| WHERE fragment		{ $$ = parse_index_option(p, @$, INDEXOPT_WHERE, $2, NULL, NULL); }
	| USING ident			{ $$ = parse_index_option(p, @$, INDEXOPT_USING, $2->name, NULL, NULL); }
	| CONCURRENTLY			{ $$ = parse_index_option(p, @$, INDEXOPT_CONCURRENTLY, NULL, NULL, NULL); }
	| INCLUDE '(' ident_list ')'	{ $$ = parse_index_option(p, @$, INDEXOPT_INCLUDE, NULL, &$3, NULL); }
	| OPS '(' ops_cols ')'		{ $$ = parse_index_option(p, @$, INDEXOPT_OPS, NULL, NULL, $3); }
	| LENGTH '(' length_cols ')'	{ $$ = parse_index_option(p, @$, INDEXOPT_LENGTH, NULL, NULL, $3); }
	;

/* ops (name text_pattern_ops, ...): each key column's operator class */
ops_cols:
	  ident ident			{ $$ = parse_index_colopt(p, NULL, $1, $2->name); }
	| ops_cols ',' ident ident	{ $$ = parse_index_colopt(p, $1, $3, $4->name); }
	;

/* length (name 100, ...): the prefix of each key column it indexes */
length_cols:
	  ident NCONST			{ $$ = parse_index_colopt(p, NULL, $1, $2); }
	| length_cols ',' ident NCONST	{ $$ = parse_index_colopt(p, $1, $3, $4); }
	;

opt_on_table:
	  %empty			{ $$ = (struct qname){0}; }
	| ON qname			{ $$ = $2; }
	;

/* Lists below are built newest first; their consumer reverses them. */
exclude_elems:
	  exclude_elem			{ $$ = $1; }
	| exclude_elems ',' exclude_elem	{ $$ = $3; $$->next = $1; }
	;

exclude_elem:
	  ident WITH fragment		{ $$ = parse_exclude_elem(p, @$, $1, NULL, $3); }
	| SQL SCONST WITH fragment	{ $$ = parse_exclude_elem(p, @$, NULL, parse_fragment(p, $2, @2), $4); }
	| DCONST WITH fragment		{ $$ = parse_exclude_elem(p, @$, NULL, parse_fragment(p, $1, @1), $3); }
	;

opt_where:
	  %empty			{ $$ = NULL; }
	| WHERE fragment			{ $$ = $2; }
	;

/* ---- sequences ---- */

seq_opts:
	  %empty			{ $$ = NULL; }
	| seq_opts START NCONST		{ $$ = parse_seq_opt(p, $1, @2, SEQOPT_START, $3); }
	| seq_opts START WITH NCONST	{ $$ = parse_seq_opt(p, $1, @2, SEQOPT_START, $4); }
	| seq_opts INCREMENT NCONST	{ $$ = parse_seq_opt(p, $1, @2, SEQOPT_INCREMENT, $3); }
	| seq_opts INCREMENT BY NCONST	{ $$ = parse_seq_opt(p, $1, @2, SEQOPT_INCREMENT, $4); }
	| seq_opts MINVALUE NCONST	{ $$ = parse_seq_opt(p, $1, @2, SEQOPT_MINVALUE, $3); }
	| seq_opts MAXVALUE NCONST	{ $$ = parse_seq_opt(p, $1, @2, SEQOPT_MAXVALUE, $3); }
	| seq_opts CACHE NCONST		{ $$ = parse_seq_opt(p, $1, @2, SEQOPT_CACHE, $3); }
	| seq_opts CYCLE		{ $$ = parse_seq_opt(p, $1, @2, SEQOPT_CYCLE, NULL); }
	| seq_opts NO CYCLE		{ $$ = parse_seq_opt(p, $1, @2, SEQOPT_NO_CYCLE, NULL); }
	;

/* ---- bulk_insert ---- */

rows:
	  row				{ $$ = $1; }
	| rows ',' row			{ $$ = $3; $$->next = $1; }
	;

row:
	  '(' value_list ')'		{ $$ = parse_row(p, @$, $2); }
	;

value_list:
	  value				{ $$ = (struct valuelist){0}; ir_valuelist_append(&$$, $1); }
	| value_list ',' value		{ $$ = $1; ir_valuelist_append(&$$, $3); }
	;

/* ---- types ---- */

type:
	  INTEGER			{ $$ = parse_type(p, TY_INTEGER, @$); }
	| BIGINT			{ $$ = parse_type(p, TY_BIGINT, @$); }
	| SMALLINT			{ $$ = parse_type(p, TY_SMALLINT, @$); }
	| BOOLEAN			{ $$ = parse_type(p, TY_BOOLEAN, @$); }
	| FLOAT				{ $$ = parse_type(p, TY_FLOAT, @$); }
	| DOUBLE			{ $$ = parse_type(p, TY_DOUBLE, @$); }
	| NUMERIC			{ $$ = parse_type(p, TY_NUMERIC, @$); }
	| NUMERIC '(' NCONST ')'	{ $$ = parse_type_numeric(p, @$, $3, @3, NULL, @3); }
	| NUMERIC '(' NCONST ',' NCONST ')'	{ $$ = parse_type_numeric(p, @$, $3, @3, $5, @5); }
	| STRING opt_length		{ $$ = parse_type_length(p, TY_STRING, @$, $2); }
	| VARCHAR opt_length		{ $$ = parse_type_length(p, TY_STRING, @$, $2); }
	| CHAR opt_length		{ $$ = parse_type_length(p, TY_CHAR, @$, $2); }
	| UNICODE opt_length		{ $$ = parse_type_length(p, TY_UNICODE, @$, $2); }
	| TEXT				{ $$ = parse_type(p, TY_TEXT, @$); }
	| UNICODE_TEXT			{ $$ = parse_type(p, TY_UNICODE_TEXT, @$); }
	| DATE				{ $$ = parse_type(p, TY_DATE, @$); }
	| TIME				{ $$ = parse_type(p, TY_TIME, @$); }
	| DATETIME			{ $$ = parse_type(p, TY_DATETIME, @$); }
	| TIMESTAMP			{ $$ = parse_type(p, TY_DATETIME, @$); }
	| TIMESTAMPTZ			{ $$ = parse_type(p, TY_TIMESTAMPTZ, @$); }
	| INTERVAL			{ $$ = parse_type(p, TY_INTERVAL, @$); }
	| BINARY			{ $$ = parse_type(p, TY_BINARY, @$); }
	| BLOB				{ $$ = parse_type(p, TY_BINARY, @$); }
	| JSON				{ $$ = parse_type(p, TY_JSON, @$); }
	| JSONB				{ $$ = parse_type(p, TY_JSONB, @$); }
	| UUID				{ $$ = parse_type(p, TY_UUID, @$); }
	| ENUM qname			{ $$ = parse_type_enum(p, @$, &$2, NULL); }
	| ENUM '(' string_list ')'	{ $$ = parse_type_enum(p, @$, NULL, &$3); }
	| RAW string			{ $$ = parse_type_raw(p, @$, $2); }
	;

opt_length:
	  %empty			{ $$ = -1; }
	| '(' NCONST ')'		{ $$ = parse_length(p, $2, @2); }
	;

/* ---- names and literals ---- */

qname:
	  ident				{ $$ = (struct qname){ NULL, $1->name, @$ }; }
	| ident '.' ident		{ $$ = (struct qname){ $1->name, $3->name, @$ }; }
	;

ident_list:
	  ident				{ $$ = (struct identlist){0}; ir_identlist_append(&$$, $1); }
	| ident_list ',' ident		{ $$ = $1; ir_identlist_append(&$$, $3); }
	;

ident:
	  IDENT				{ $$ = ir_new_ident(A, $1, @$); }
	| unreserved_keyword		{ $$ = ir_new_ident(A, $1, @$); }
	;

string:
	  SCONST			{ $$ = $1; }
	;

string_value:
	  SCONST			{ $$ = ir_new_value(A, VAL_STRING, $1, @$); }
	;

string_list:
	  string_value			{ $$ = (struct valuelist){0}; ir_valuelist_append(&$$, $1); }
	| string_list ',' string_value	{ $$ = $1; ir_valuelist_append(&$$, $3); }
	;

/* SQL text written once for every database (a check, a predicate, an
 * expression, a view), spelled for each: see parse_fragment. */
fragment:
	  sqltext			{ $$ = parse_fragment(p, $1, @1); }
	;

/* SQL text: a fragment, or the database's own (execute, a trigger). */
sqltext:
	  SCONST			{ $$ = $1; }
	| DCONST			{ $$ = $1; }
	;

value:
	  SCONST			{ $$ = ir_new_value(A, VAL_STRING, $1, @$); }
	| NCONST			{ $$ = ir_new_value(A, VAL_NUMBER, $1, @$); }
	| TRUE				{ $$ = ir_new_value(A, VAL_TRUE, NULL, @$); }
	| FALSE				{ $$ = ir_new_value(A, VAL_FALSE, NULL, @$); }
	| NULL				{ $$ = ir_new_value(A, VAL_NULL, NULL, @$); }
	| SQL SCONST			{ $$ = ir_new_value(A, VAL_SQL, parse_fragment(p, $2, @2), @$); }
	| DCONST			{ $$ = ir_new_value(A, VAL_SQL, parse_fragment(p, $1, @1), @$); }
	;

/* Keywords that may also name a table, column, index or type. */
unreserved_keyword:
	  ACTION | ADD | ADD_COLUMN | AFTER | ALTER_COLUMN | ALTER_ENUM | ASC | ASSUME
	| ALWAYS | AS | AUTOINCREMENT | BASE | BATCH_ALTER_TABLE | BEFORE | BIGINT | BINARY | BLOB | BOOLEAN | BRANCH_LABELS
	| BULK_INSERT | BY | CACHE | CASCADE | CHAR | COMMENT | CONCURRENTLY
	| CREATE_CHECK_CONSTRAINT | CREATE_ENUM | CREATE_EXCLUDE_CONSTRAINT
	| CREATE_FOREIGN_KEY | CREATE_INDEX | CREATE_PRIMARY_KEY | CREATE_SCHEMA | CREATE_SEQUENCE
	| CREATE_TABLE | CREATE_TABLE_COMMENT | CREATE_TRIGGER | CREATE_UNIQUE_CONSTRAINT
	| CREATE_VIEW | CREATED
	| CYCLE | DATE | DATETIME | DEFERRED | DELETE | DEPENDS_ON | DESC | DOUBLE
	| DOWNGRADE | DROP | DROP_COLUMN | DROP_CONSTRAINT | DROP_ENUM | DROP_INDEX
	| DROP_SCHEMA | DROP_SEQUENCE | DROP_TABLE | DROP_TABLE_COMMENT | DROP_TRIGGER | DROP_VIEW | ENUM
	| EXECUTE
	| FIRST | FLOAT | IDENTITY | IMMEDIATE | INCLUDE | INCREMENT | LENGTH | OPS | INTEGER | INTERVAL | JSON | JSONB
	| KEY | LAST | MAXVALUE | MESSAGE | MINVALUE | NO | NULLS | NUMERIC | ONLY | OR
	| RAW | READS | RECREATE | RENAME | RENAME_COLUMN | RENAME_TABLE | REPLACE | RESTRICT | REVISES
	| REVISION | SEQUENCE | SET | SMALLINT | SQL | START | STRING | TEXT | TIME | TIMESTAMP
	| TIMESTAMPTZ | TODO | TRANSACTIONAL | TYPE | UNICODE | UNICODE_TEXT | UPDATE
	| UPGRADE | UUID | VALUE | VALUES | VARCHAR | WHEN
	;

%%

static int retort_yylex(RETORT_YYSTYPE *lval, RETORT_YYLTYPE *lloc, struct parser *p)
{
	return parse_next_token(p, lval, lloc);
}

static void retort_yyerror(RETORT_YYLTYPE *lloc, struct parser *p, const char *msg)
{
	parse_syntax_error(p, *lloc, msg);
}

/* Keywords that are not also identifiers: everything else in an expected
 * list is folded into "identifier" (or "a type"), so a message names the few
 * tokens that matter instead of a hundred keywords. */
static bool symbol_is_reserved(yysymbol_kind_t k)
{
	switch (k) {
	case YYSYMBOL_CHECK: case YYSYMBOL_CONSTRAINT: case YYSYMBOL_DEFAULT:
	case YYSYMBOL_DEFERRABLE: case YYSYMBOL_EXCLUDE: case YYSYMBOL_FALSE:
	case YYSYMBOL_FOREIGN: case YYSYMBOL_INITIALLY: case YYSYMBOL_NOT:
	case YYSYMBOL_NULL: case YYSYMBOL_ON: case YYSYMBOL_PRIMARY:
	case YYSYMBOL_REFERENCES: case YYSYMBOL_TO: case YYSYMBOL_TRUE:
	case YYSYMBOL_UNIQUE: case YYSYMBOL_USING: case YYSYMBOL_WHERE:
	case YYSYMBOL_WITH:
		return true;
	default:
		return false;
	}
}

static bool symbol_is_type(yysymbol_kind_t k)
{
	switch (k) {
	case YYSYMBOL_INTEGER: case YYSYMBOL_BIGINT: case YYSYMBOL_SMALLINT:
	case YYSYMBOL_BOOLEAN: case YYSYMBOL_FLOAT: case YYSYMBOL_DOUBLE:
	case YYSYMBOL_NUMERIC: case YYSYMBOL_STRING: case YYSYMBOL_VARCHAR:
	case YYSYMBOL_CHAR: case YYSYMBOL_UNICODE: case YYSYMBOL_TEXT:
	case YYSYMBOL_UNICODE_TEXT: case YYSYMBOL_DATE: case YYSYMBOL_TIME:
	case YYSYMBOL_DATETIME: case YYSYMBOL_TIMESTAMP: case YYSYMBOL_TIMESTAMPTZ:
	case YYSYMBOL_INTERVAL: case YYSYMBOL_BINARY: case YYSYMBOL_BLOB:
	case YYSYMBOL_JSON: case YYSYMBOL_JSONB: case YYSYMBOL_UUID:
	case YYSYMBOL_ENUM: case YYSYMBOL_RAW:
		return true;
	default:
		return false;
	}
}

/* Our own wording: what was found, then what would have fitted. */
static int yyreport_syntax_error(const yypcontext_t *ctx, struct parser *p)
{
	enum { MAX_LISTED = 8 };
	yysymbol_kind_t all[YYNTOKENS];
	const char *names[MAX_LISTED];
	int n = yypcontext_expected_tokens(ctx, all, YYNTOKENS);
	int i, listed = 0;
	bool want_ident = false, want_type = false, type_listed = false;
	yysymbol_kind_t got = yypcontext_token(ctx);

	for (i = 0; i < n; i++) {
		want_ident |= all[i] == YYSYMBOL_IDENT;
		want_type |= all[i] == YYSYMBOL_INTEGER;
	}
	for (i = 0; i < n && listed <= MAX_LISTED; i++) {
		const char *name;
		if (want_ident && all[i] != YYSYMBOL_IDENT &&
		    yysymbol_name(all[i])[0] == '\'' &&
		    yysymbol_name(all[i])[2] != '\'' &&
		    !symbol_is_reserved(all[i])) {
			continue;	/* a keyword that is also an identifier */
		} else if (want_type && symbol_is_type(all[i])) {
			if (type_listed)
				continue;
			type_listed = true;
			name = "a type";
		} else {
			name = yysymbol_name(all[i]);
		}
		if (listed < MAX_LISTED)
			names[listed] = name;
		listed++;
	}
	if (listed > MAX_LISTED)
		listed = 0;	/* too many to be useful: say only what was found */
	parse_report_unexpected(p, *yypcontext_location(ctx),
				got == YYSYMBOL_YYEOF ? NULL : yysymbol_name(got),
				got == YYSYMBOL_LEXERROR, names, listed);
	return 0;
}
