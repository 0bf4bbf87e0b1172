namespace UrbanCoop.Resources;

/// <summary>Marker for the user-interface strings in Ui.resx (English text as keys; translations beside it).</summary>
public sealed class Ui;
