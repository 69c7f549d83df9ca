package parley.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts Neo4j Community with a Bolt connector on 127.0.0.1 and keeps it running until the process
 * is terminated. Configuration comes from system properties so the Node side owns all defaults:
 * parley.home (data folder), parley.port (Bolt port), parley.pagecache (page cache size, such as
 * 64m or 2g) and parley.txmemory (the most memory one transaction may use, as db.memory.transaction.max). The password of user neo4j comes from the
 * environment variable PARLEY_NEO4J_PASSWORD, so that it does not show in the process list.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(required("parley.home")).toAbsolutePath();
    int port = Integer.parseInt(required("parley.port"));
    long pageCache = bytes(System.getProperty("parley.pagecache", "64m"));
    long transactionMemory = bytes(required("parley.txmemory"));
    String password = System.getenv("PARLEY_NEO4J_PASSWORD");
    if (password == null || password.isBlank()) {
      throw new IllegalArgumentException("missing environment variable PARLEY_NEO4J_PASSWORD");
    }
    Files.createDirectories(home);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // Small by default (one developer or one CI run); a big corpus wants more.
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            // One transaction may not take the memory every other one needs: past this, Neo4j
            // stops it with Neo.TransientError.General.TransactionMemoryLimit.
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionMemory)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "parley-neo4j-shutdown"));

    setPassword(dbms, password);
    System.out.println("parley-neo4j: bolt://127.0.0.1:" + port + " data=" + home);
    stopped.await();
  }

  /**
   * Sets the neo4j user's password on every start, so that the configured password always wins and
   * no interactive "change password on first login" step is needed.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
        Map.of("password", password));
  }

  /** "512m" or "2g" in bytes. */
  private static long bytes(String size) {
    String s = size.trim().toLowerCase();
    long unit = s.endsWith("g") ? 1L << 30 : s.endsWith("m") ? 1L << 20 : 1L;
    return Long.parseLong(s.replaceAll("[mg]$", "")) * unit;
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing system property " + name);
    }
    return value;
  }
}
