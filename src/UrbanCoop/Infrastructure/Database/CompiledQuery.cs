using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace UrbanCoop.Infrastructure.Database;

/// <summary>
/// An EF Core compiled query (<c>EF.CompileAsyncQuery</c>) for each model it meets. A compiled query skips building the
/// LINQ expression tree and looking it up in EF Core's query cache on every call, which matters on the busiest pages;
/// but EF Core binds it to the first model it runs with, and the tests run the app on SQLite and on PostgreSQL in one
/// process, so each model gets its own.
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> byModel = new();

    public TQuery For(AppDbContext db) => byModel.GetOrAdd(db.Model, _ => compile());
}
