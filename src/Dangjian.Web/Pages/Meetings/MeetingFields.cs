namespace Dangjian.Web.Pages.Meetings;

/// <summary>The model of the fields shared by the entry and the correction form (_MeetingFields, _Attendance).</summary>
public sealed record MeetingFields(MeetingForm Form, MeetingChoices Choices);
