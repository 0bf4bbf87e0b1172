namespace UrbanCoop.Tests.Infrastructure;

/// <summary>
/// One running app with the demo programme per provider, shared by the tests of the run. Tests
/// that change data create their own records (unique names) so they never depend on each other.
/// </summary>
public sealed class Apps : IAsyncLifetime
{
    private readonly Dictionary<Db, Lazy<TestApp>> apps = new()
    {
        [Db.Sqlite] = new(() => TestApp.Start(Db.Sqlite)),
        [Db.Postgres] = new(() => TestApp.Start(Db.Postgres)),
    };

    public TestApp this[Db db] => apps[db].Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values.Where(a => a.IsValueCreated)) await app.Value.DisposeAsync();
    }
}

[CollectionDefinition(nameof(AppCollection))]
public sealed class AppCollection : ICollectionFixture<Apps>;
