/*
 * pq.h: libpq, loaded at run time. Include this instead of <libpq-fe.h>:
 * the PQ* names used in rdb's code resolve to pointers filled by
 * rdb_pq_load(), which dlopen()s libpq.so.5 on first use. Commands that
 * never touch a database never load libpq and its ~20 dependent libraries
 * (Kerberos, LDAP, GnuTLS): on a VM where a page fault costs 10 us that
 * saves about 12 ms per process start.
 *
 * Ownership: none; the library stays loaded for the life of the process.
 */
#ifndef RDB_SQL_PG_PQ_H
#define RDB_SQL_PG_PQ_H

#include <libpq-fe.h>

#include "rdb/error.h"

#define RDB_PQ_FUNCS(X) \
	X(PQconnectdbParams) \
	X(PQconnectdb) \
	X(PQconnectStartParams) \
	X(PQconnectPoll) \
	X(PQfinish) \
	X(PQreset) \
	X(PQresetStart) \
	X(PQresetPoll) \
	X(PQstatus) \
	X(PQtransactionStatus) \
	X(PQparameterStatus) \
	X(PQserverVersion) \
	X(PQerrorMessage) \
	X(PQsocket) \
	X(PQbackendPID) \
	X(PQsslInUse) \
	X(PQdb) \
	X(PQuser) \
	X(PQhost) \
	X(PQport) \
	X(PQpingParams) \
	X(PQping) \
	X(PQsetNoticeProcessor) \
	X(PQsetNoticeReceiver) \
	X(PQclientEncoding) \
	X(PQexec) \
	X(PQexecParams) \
	X(PQprepare) \
	X(PQexecPrepared) \
	X(PQdescribePrepared) \
	X(PQsendQuery) \
	X(PQsendQueryParams) \
	X(PQsendPrepare) \
	X(PQsendQueryPrepared) \
	X(PQsendDescribePrepared) \
	X(PQgetResult) \
	X(PQconsumeInput) \
	X(PQisBusy) \
	X(PQsetnonblocking) \
	X(PQisnonblocking) \
	X(PQflush) \
	X(PQenterPipelineMode) \
	X(PQexitPipelineMode) \
	X(PQpipelineSync) \
	X(PQpipelineStatus) \
	X(PQsendFlushRequest) \
	X(PQsetSingleRowMode) \
	X(PQresultStatus) \
	X(PQresStatus) \
	X(PQresultErrorMessage) \
	X(PQresultErrorField) \
	X(PQntuples) \
	X(PQnfields) \
	X(PQfname) \
	X(PQfnumber) \
	X(PQftable) \
	X(PQftablecol) \
	X(PQfformat) \
	X(PQftype) \
	X(PQfsize) \
	X(PQfmod) \
	X(PQcmdStatus) \
	X(PQcmdTuples) \
	X(PQoidValue) \
	X(PQgetvalue) \
	X(PQgetlength) \
	X(PQgetisnull) \
	X(PQnparams) \
	X(PQparamtype) \
	X(PQbinaryTuples) \
	X(PQclear) \
	X(PQfreemem) \
	X(PQescapeLiteral) \
	X(PQescapeIdentifier) \
	X(PQescapeStringConn) \
	X(PQescapeByteaConn) \
	X(PQunescapeBytea) \
	X(PQgetCancel) \
	X(PQfreeCancel) \
	X(PQcancel) \
	X(PQlibVersion) \
	X(PQsetErrorVerbosity)

struct rdb_pq_api {
#define RDB_PQ_FIELD(f) __typeof__(f) *f;
	RDB_PQ_FUNCS(RDB_PQ_FIELD)
#undef RDB_PQ_FIELD
};
extern struct rdb_pq_api rdb_pq;

/*
 * Loads libpq once (thread-safe). Returns 0, or -1 with err saying how to
 * install it. Every entry point that creates a connection calls it.
 */
int rdb_pq_load(struct rdb_error *err);

#ifndef RDB_PQ_NO_RENAME
#define PQconnectdbParams (rdb_pq.PQconnectdbParams)
#define PQconnectdb (rdb_pq.PQconnectdb)
#define PQconnectStartParams (rdb_pq.PQconnectStartParams)
#define PQconnectPoll (rdb_pq.PQconnectPoll)
#define PQfinish (rdb_pq.PQfinish)
#define PQreset (rdb_pq.PQreset)
#define PQresetStart (rdb_pq.PQresetStart)
#define PQresetPoll (rdb_pq.PQresetPoll)
#define PQstatus (rdb_pq.PQstatus)
#define PQtransactionStatus (rdb_pq.PQtransactionStatus)
#define PQparameterStatus (rdb_pq.PQparameterStatus)
#define PQserverVersion (rdb_pq.PQserverVersion)
#define PQerrorMessage (rdb_pq.PQerrorMessage)
#define PQsocket (rdb_pq.PQsocket)
#define PQbackendPID (rdb_pq.PQbackendPID)
#define PQsslInUse (rdb_pq.PQsslInUse)
#define PQdb (rdb_pq.PQdb)
#define PQuser (rdb_pq.PQuser)
#define PQhost (rdb_pq.PQhost)
#define PQport (rdb_pq.PQport)
#define PQpingParams (rdb_pq.PQpingParams)
#define PQping (rdb_pq.PQping)
#define PQsetNoticeProcessor (rdb_pq.PQsetNoticeProcessor)
#define PQsetNoticeReceiver (rdb_pq.PQsetNoticeReceiver)
#define PQclientEncoding (rdb_pq.PQclientEncoding)
#define PQexec (rdb_pq.PQexec)
#define PQexecParams (rdb_pq.PQexecParams)
#define PQprepare (rdb_pq.PQprepare)
#define PQexecPrepared (rdb_pq.PQexecPrepared)
#define PQdescribePrepared (rdb_pq.PQdescribePrepared)
#define PQsendQuery (rdb_pq.PQsendQuery)
#define PQsendQueryParams (rdb_pq.PQsendQueryParams)
#define PQsendPrepare (rdb_pq.PQsendPrepare)
#define PQsendQueryPrepared (rdb_pq.PQsendQueryPrepared)
#define PQsendDescribePrepared (rdb_pq.PQsendDescribePrepared)
#define PQgetResult (rdb_pq.PQgetResult)
#define PQconsumeInput (rdb_pq.PQconsumeInput)
#define PQisBusy (rdb_pq.PQisBusy)
#define PQsetnonblocking (rdb_pq.PQsetnonblocking)
#define PQisnonblocking (rdb_pq.PQisnonblocking)
#define PQflush (rdb_pq.PQflush)
#define PQenterPipelineMode (rdb_pq.PQenterPipelineMode)
#define PQexitPipelineMode (rdb_pq.PQexitPipelineMode)
#define PQpipelineSync (rdb_pq.PQpipelineSync)
#define PQpipelineStatus (rdb_pq.PQpipelineStatus)
#define PQsendFlushRequest (rdb_pq.PQsendFlushRequest)
#define PQsetSingleRowMode (rdb_pq.PQsetSingleRowMode)
#define PQresultStatus (rdb_pq.PQresultStatus)
#define PQresStatus (rdb_pq.PQresStatus)
#define PQresultErrorMessage (rdb_pq.PQresultErrorMessage)
#define PQresultErrorField (rdb_pq.PQresultErrorField)
#define PQntuples (rdb_pq.PQntuples)
#define PQnfields (rdb_pq.PQnfields)
#define PQfname (rdb_pq.PQfname)
#define PQfnumber (rdb_pq.PQfnumber)
#define PQftable (rdb_pq.PQftable)
#define PQftablecol (rdb_pq.PQftablecol)
#define PQfformat (rdb_pq.PQfformat)
#define PQftype (rdb_pq.PQftype)
#define PQfsize (rdb_pq.PQfsize)
#define PQfmod (rdb_pq.PQfmod)
#define PQcmdStatus (rdb_pq.PQcmdStatus)
#define PQcmdTuples (rdb_pq.PQcmdTuples)
#define PQoidValue (rdb_pq.PQoidValue)
#define PQgetvalue (rdb_pq.PQgetvalue)
#define PQgetlength (rdb_pq.PQgetlength)
#define PQgetisnull (rdb_pq.PQgetisnull)
#define PQnparams (rdb_pq.PQnparams)
#define PQparamtype (rdb_pq.PQparamtype)
#define PQbinaryTuples (rdb_pq.PQbinaryTuples)
#define PQclear (rdb_pq.PQclear)
#define PQfreemem (rdb_pq.PQfreemem)
#define PQescapeLiteral (rdb_pq.PQescapeLiteral)
#define PQescapeIdentifier (rdb_pq.PQescapeIdentifier)
#define PQescapeStringConn (rdb_pq.PQescapeStringConn)
#define PQescapeByteaConn (rdb_pq.PQescapeByteaConn)
#define PQunescapeBytea (rdb_pq.PQunescapeBytea)
#define PQgetCancel (rdb_pq.PQgetCancel)
#define PQfreeCancel (rdb_pq.PQfreeCancel)
#define PQcancel (rdb_pq.PQcancel)
#define PQlibVersion (rdb_pq.PQlibVersion)
#define PQsetErrorVerbosity (rdb_pq.PQsetErrorVerbosity)

#endif /* RDB_PQ_NO_RENAME */

#endif
