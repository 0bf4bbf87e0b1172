using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider without a running app or database.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseTarget(DatabaseProvider.Sqlite, "Data Source=design-time.db").Configure(options);
        return new AppDbContext(options.Options, TimeProvider.System, new Microsoft.AspNetCore.Http.HttpContextAccessor());
    }
}
