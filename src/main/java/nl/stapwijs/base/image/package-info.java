/** Photos as the app keeps them: upright, re-encoded as JPEG, without EXIF. */
package nl.stapwijs.base.image;
