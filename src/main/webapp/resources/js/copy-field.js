// Copy buttons: a button with data-copy="<id>" copies the value of the field with that id to the
// clipboard, and selects it where the clipboard is not available (plain HTTP), so it can be copied by hand.
document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-copy]");
    if (!button) {
        return;
    }
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) {
        return;
    }
    field.focus();
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value);
    }
});
