using System.Globalization;
using System.Linq.Expressions;
using System.Text;

namespace UrbanCoop.Features.People;

/// <summary>
/// Name search that ignores case, accents and name order, so "david martinez" finds "David Martínez" and
/// "wu wenneng" finds "Wenneng Wu". Both providers lack a portable unaccent, so the database side folds
/// the common Latin letters with replace(); SQLite's lower() only lowers ASCII, hence the capitals too.
/// </summary>
internal static class PersonSearch
{
    private static readonly (string From, string To)[] Letters =
        [.. ("áa àa âa äa ãa åa āa ąa ée èe êe ëe ēe ěe ęe íi ìi îi ïi īi óo òo ôo öo õo øo ōo őo úu ùu ûu üu ūu ůu űu "
            + "ñn ńn ňn çc ćc čc śs šs şs źz żz žz ýy ÿy řr ďd ťt łl ğg "
            + "Áa Àa Âa Äa Åa Ée Èe Íi Óo Öo Øo Úu Üu Ñn Çc Čc Šs Žz Łl")
            .Split(' ').Select(pair => (pair[..1], pair[1..]))];

    public static IQueryable<Person> MatchingName(this IQueryable<Person> people, string text)
    {
        foreach (var word in Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            people = people.Where(NameContains(word));
        return people;
    }

    /// <summary>Lower case without accents, as the database side folds names.</summary>
    public static string Fold(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        var folded = plain.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        foreach (var (from, to) in Letters) folded = folded.Replace(from, to, StringComparison.Ordinal);
        return folded;
    }

    private static Expression<Func<Person, bool>> NameContains(string word)
    {
        var person = Expression.Parameter(typeof(Person), "p");
        var toLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
        var replace = typeof(string).GetMethod(nameof(string.Replace), [typeof(string), typeof(string)])!;
        var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string), typeof(string)])!;
        Expression name = Expression.Call(concat, Expression.Property(person, nameof(Person.GivenName)),
            Expression.Constant(" "), Expression.Property(person, nameof(Person.FamilyName)));
        name = Expression.Call(name, toLower);
        foreach (var (from, to) in Letters) name = Expression.Call(name, replace, Expression.Constant(from), Expression.Constant(to));
        // A captured variable rather than a constant, so that the database sees a parameter and caches one plan.
        Expression<Func<string>> parameter = () => word;
        var contains = Expression.Call(name, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, parameter.Body);
        return Expression.Lambda<Func<Person, bool>>(contains, person);
    }
}
