import { QueryExecutor } from '../../src/db/query-executor';
import { AppError, ErrorCode } from '../../src/errors';
import { openTestDatabase } from '../helpers/database';

const { config, driver } = openTestDatabase();
afterAll(() => driver.close());

describe('QueryExecutor', () => {
  it('stops a runaway query at the transaction timeout with DATABASE_TIMEOUT', async () => {
    const executor = new QueryExecutor(driver, { database: config.neo4j.database, timeoutMs: 300 });
    const started = Date.now();
    const error = await executor
      .read('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n')
      .catch((e: unknown) => e);
    await executor.close();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.DATABASE_TIMEOUT);
    expect(Date.now() - started).toBeLessThan(10000);
  });

  it('stops a read that needs more memory than one transaction may have with QUERY_TOO_LARGE, and the next read answers', async () => {
    const executor = new QueryExecutor(driver, {
      database: config.neo4j.database,
      timeoutMs: 60000,
    });
    const error = await executor
      .read(
        "UNWIND range(1, 100000000) AS x RETURN size(collect(x + ' some padding to fill memory')) AS n",
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.QUERY_TOO_LARGE);
    const [row] = await executor.read<{ one: number }>('RETURN 1 AS one');
    expect(row.one).toBe(1);
    await executor.close();
  });

  it('counts one round-trip per query, all in one transaction, and refuses writes in read mode', async () => {
    const executor = new QueryExecutor(driver, {
      database: config.neo4j.database,
      timeoutMs: 5000,
    });
    await executor.read('RETURN 1 AS one');
    await Promise.all([executor.read('RETURN 2 AS two'), executor.read('RETURN 3 AS three')]);
    expect(executor.roundTrips).toBe(3);
    expect(executor.transactionCount).toBe(1);
    expect(() => executor.write(async () => undefined)).toThrow(/read-only/);
    await executor.close();
  });

  it('begins a new read transaction after a statement fails, so later reads still answer', async () => {
    const executor = new QueryExecutor(driver, {
      database: config.neo4j.database,
      timeoutMs: 5000,
    });
    await executor.read('RETURN 1 AS one');
    const error = await executor.read('RETURN 1 / 0 AS boom').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const [row] = await executor.read<{ two: number }>('RETURN 2 AS two');
    expect(row.two).toBe(2);
    expect(executor.transactionCount).toBe(2);
    await executor.close();
  });

  it('runs a request expected to be one statement as an auto-commit, and still answers a second', async () => {
    const executor = new QueryExecutor(driver, {
      database: config.neo4j.database,
      timeoutMs: 5000,
    });
    executor.expectOneStatement();
    const [one] = await executor.read<{ one: number }>('RETURN 1 AS one');
    expect(one.one).toBe(1);
    expect(executor.transactionCount).toBe(1);
    const [two] = await executor.read<{ two: number }>('RETURN 2 AS two');
    expect(two.two).toBe(2);
    expect([executor.roundTrips, executor.transactionCount]).toEqual([2, 2]);
    await executor.close();
  });

  it('bounds an auto-commit statement by the same timeout, with DATABASE_TIMEOUT', async () => {
    const executor = new QueryExecutor(driver, { database: config.neo4j.database, timeoutMs: 300 });
    executor.expectOneStatement();
    const error = await executor
      .read('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n')
      .catch((e: unknown) => e);
    await executor.close();
    expect((error as AppError).code).toBe(ErrorCode.DATABASE_TIMEOUT);
  });
});
