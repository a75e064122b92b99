package id.go.merangin.sapo.files;

/** Why a file is kept; decides who may see it and how long it is kept. */
public enum FilePurpose {
    PROFILE_PHOTO,
    ATTENDANCE_PHOTO,
    LEAVE_ATTACHMENT
}
