namespace UrbanCoop.Tests.Infrastructure;

/// <summary>The database a test runs against; most tests run once per provider.</summary>
public enum Db { Sqlite, Postgres }
