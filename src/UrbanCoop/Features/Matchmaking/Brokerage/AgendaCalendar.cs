using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

/// <summary>An agenda as an iCalendar file: each meeting in the participant's own zone, with that zone's definition.</summary>
public static class AgendaCalendar
{
    public static string Write(GetAgenda.Agenda agenda, string host)
    {
        var calendar = new Ical.Net.Calendar();
        calendar.AddTimeZone(agenda.TimeZone);
        foreach (var m in agenda.Meetings)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"meeting-{m.RequestId}@{host}",
                Summary = $"{agenda.EventName}: {m.With}",
                Location = m.Table,
                Start = new CalDateTime(m.LocalStart, agenda.TimeZone),
                End = new CalDateTime(m.LocalEnd, agenda.TimeZone),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
