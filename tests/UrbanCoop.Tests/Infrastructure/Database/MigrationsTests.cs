using Microsoft.EntityFrameworkCore;
using Npgsql;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Tests.Infrastructure.Database;

public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=unused;Database=unused;Username=unused")]
    public void Every_model_change_is_captured_by_a_migration(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseTarget(provider, connectionString).Configure(options);
        using var db = new AppDbContext(options.Options, TimeProvider.System, new Microsoft.AspNetCore.Http.HttpContextAccessor());
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration captures: add one with " +
            $"dotnet ef migrations add NAME --project src/UrbanCoop.Migrations.{provider} --startup-project src/UrbanCoop.Migrations.{provider} -o Migrations");
    }

    [Theory]
    [InlineData("Host=db.example;Database=x;Username=y", DatabaseProvider.Postgres)]
    [InlineData("Data Source=/tmp/urbancoop-target-test/x.db", DatabaseProvider.Sqlite)]
    [InlineData(null, DatabaseProvider.Sqlite)]
    public void The_connection_string_picks_the_provider(string? connectionString, DatabaseProvider expected)
    {
        var target = DatabaseTarget.From(connectionString, Path.Combine(Path.GetTempPath(), "urbancoop-target-test"));
        Assert.Equal(expected, target.Provider);
    }

    [Fact]
    public void An_unrecognisable_connection_string_is_refused_with_a_message()
    {
        var error = Assert.Throws<ArgumentException>(() => DatabaseTarget.From("mysql://somewhere", "data"));
        Assert.Contains("Host=", error.Message);
    }

    [Fact]
    public void PostgreSQL_connections_prepare_statements_and_skip_the_reset_unless_the_string_says_otherwise()
    {
        var defaults = new NpgsqlConnectionStringBuilder(DatabaseTarget.From("Host=db;Database=x;Username=y", "data").ConnectionString);
        Assert.Equal(256, defaults.MaxAutoPrepare);
        Assert.Equal(2, defaults.AutoPrepareMinUsages);
        Assert.True(defaults.NoResetOnClose);

        var own = new NpgsqlConnectionStringBuilder(DatabaseTarget.From(
            "Host=db;Database=x;Username=y;Max Auto Prepare=0;No Reset On Close=false;Auto Prepare Min Usages=5", "data").ConnectionString);
        Assert.Equal(0, own.MaxAutoPrepare);
        Assert.Equal(5, own.AutoPrepareMinUsages);
        Assert.False(own.NoResetOnClose);
    }

    [Fact]
    public void Descriptions_never_show_the_password()
    {
        var target = DatabaseTarget.From("Host=db;Database=x;Username=y;Password=secret", "data");
        Assert.DoesNotContain("secret", target.Describe());
    }
}
